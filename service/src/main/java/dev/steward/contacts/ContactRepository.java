package dev.steward.contacts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, UUID> {

  @Query("select c from Contact c where c.id = ?1 and c.history.deletedAt is null")
  Optional<Contact> findLive(UUID id);
}
