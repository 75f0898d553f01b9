package dev.steward.campaigns;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, UUID> {

  @Query("select c from Campaign c where c.id = ?1 and c.history.deletedAt is null")
  Optional<Campaign> findLive(UUID id);
}
