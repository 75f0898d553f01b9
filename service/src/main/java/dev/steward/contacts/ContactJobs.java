package dev.steward.contacts;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.steward.contacts.ContactEvents.ContactsPurged;
import dev.steward.tenancy.ExpiredTrash;
import dev.steward.tenancy.ExpiredTrash.Trash;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contacts' background jobs, which the platform's scheduler runs on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class ContactJobs {

  /** Contacts in the trash past the retention (30 days by default) are deleted for good. */
  static final Trash CONTACT_TRASH =
      new Trash(
          "contacts-trash-purge",
          "contacts",
          "contacts purged from the trash",
          ContactsPurged::new);

  @Bean
  RecurringTask<Void> contactsTrashPurge(ExpiredTrash expiredTrash) {
    return expiredTrash.recurringPurge(CONTACT_TRASH);
  }
}
