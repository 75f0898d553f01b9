package dev.steward.campaigns;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignMemberRepository extends JpaRepository<CampaignMember, UUID> {

  @Query("select m from CampaignMember m where m.campaignId = ?1 and m.contactId = ?2")
  Optional<CampaignMember> find(UUID campaignId, UUID contactId);
}
