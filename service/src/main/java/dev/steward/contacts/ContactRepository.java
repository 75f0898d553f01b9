package dev.steward.contacts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, UUID> {

  @Query("select c from Contact c where c.id = ?1 and c.deletedAt is null")
  Optional<Contact> findLive(UUID id);

  @Query("select count(c) > 0 from Contact c where lower(c.email) = lower(?1) and c.deletedAt is null and c.id <> ?2")
  boolean emailTakenByAnother(String email, UUID id);
}
