package dev.steward.campaigns;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.steward.campaigns.CampaignEvents.CampaignsPurged;
import dev.steward.tenancy.ExpiredTrash;
import dev.steward.tenancy.ExpiredTrash.Trash;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The campaigns' background jobs, which the platform's scheduler runs on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
class CampaignJobs {

  /**
   * Campaigns in the trash past the retention the contacts' trash uses are deleted for good, and
   * their members by cascade.
   */
  static final Trash CAMPAIGN_TRASH =
      new Trash(
          "campaigns-trash-purge",
          "campaigns",
          "campaigns purged from the trash",
          CampaignsPurged::new);

  @Bean
  RecurringTask<Void> campaignsTrashPurge(ExpiredTrash expiredTrash) {
    return expiredTrash.recurringPurge(CAMPAIGN_TRASH);
  }
}
