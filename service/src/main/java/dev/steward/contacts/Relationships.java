package dev.steward.contacts;

import dev.steward.contacts.ContactEvents.RelationshipCreated;
import dev.steward.contacts.ContactEvents.RelationshipDeleted;
import dev.steward.platform.ConflictException;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typed edges between contacts, seen from both ends. Edges to a trashed contact stay hidden until
 * it is restored.
 */
@Service
class Relationships {

  private final JdbcClient jdbc;
  private final ContactSearch search;
  private final ApplicationEventPublisher events;

  Relationships(JdbcClient jdbc, ContactSearch search, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.search = search;
    this.events = events;
  }

  @Transactional(readOnly = true)
  List<RelationshipView> of(UUID contactId) {
    requireLive(contactId, "id");
    record Edge(
        UUID id, UUID from, UUID to, RelationshipType type, String notes, Instant createdAt) {}
    var edges =
        jdbc.sql(
                """
            select id, from_contact_id, to_contact_id, type, notes, created_at from relationships
            where tenant_id = :tenant and (from_contact_id = :id or to_contact_id = :id) order by created_at""")
            .param("tenant", CurrentTenant.require())
            .param("id", contactId)
            .query(
                (rs, n) ->
                    new Edge(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        RelationshipType.of(rs.getString(4)),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
            .list();
    var others =
        edges.stream().map(e -> e.from().equals(contactId) ? e.to() : e.from()).distinct().toList();
    Map<UUID, ContactSummary> live =
        search.byIds(others, true).stream()
            .collect(Collectors.toMap(ContactSummary::id, Function.identity()));
    return edges.stream()
        .filter(e -> live.containsKey(e.from().equals(contactId) ? e.to() : e.from()))
        .map(
            e -> {
              boolean outgoing = e.from().equals(contactId);
              return new RelationshipView(
                  e.id(),
                  e.type(),
                  outgoing ? "outgoing" : "incoming",
                  outgoing ? e.type().label() : e.type().reciprocalLabel(),
                  live.get(outgoing ? e.to() : e.from()),
                  e.notes(),
                  e.createdAt());
            })
        .toList();
  }

  @Transactional
  RelationshipView create(UUID fromId, RelationshipRequest request, UUID createdBy) {
    if (fromId.equals(request.toContactId())) {
      throw InvalidInputException.of(
          "toContactId", "a contact cannot have a relationship with itself");
    }
    requireLive(fromId, "id");
    var other = requireLive(request.toContactId(), "toContactId");
    boolean exists =
        jdbc.sql(
                """
            select exists (select 1 from relationships where tenant_id = :tenant and type = :type
              and ((from_contact_id = :from and to_contact_id = :to)
                   or (:symmetric and from_contact_id = :to and to_contact_id = :from)))""")
            .param("tenant", CurrentTenant.require())
            .param("type", request.type().value())
            .param("from", fromId)
            .param("to", request.toContactId())
            .param("symmetric", request.type().symmetric())
            .query(Boolean.class)
            .single();
    if (exists) {
      throw new ConflictException("These two contacts already have this relationship.");
    }
    UUID id = UUID.randomUUID();
    String notes = ContactValidator.clean(request.notes());
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into relationships (id, tenant_id, from_contact_id, to_contact_id, type, notes, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            CurrentTenant.require(),
            fromId,
            request.toContactId(),
            request.type().value(),
            notes,
            createdBy,
            java.sql.Timestamp.from(now))
        .update();
    events.publishEvent(
        new RelationshipCreated(id, fromId, request.toContactId(), request.type().value()));
    return new RelationshipView(
        id, request.type(), "outgoing", request.type().label(), other, notes, now);
  }

  /** Deletes an edge, from either of its ends. */
  @Transactional
  void delete(UUID contactId, UUID relationshipId) {
    record Deleted(UUID from, UUID to, String type) {}
    var deleted =
        jdbc.sql(
                """
            delete from relationships where tenant_id = :tenant and id = :id
              and (from_contact_id = :contact or to_contact_id = :contact)
            returning from_contact_id, to_contact_id, type""")
            .param("tenant", CurrentTenant.require())
            .param("id", relationshipId)
            .param("contact", contactId)
            .query(
                (rs, n) ->
                    new Deleted(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
            .optional()
            .orElseThrow(() -> NotFoundException.of("Relationship", relationshipId));
    events.publishEvent(
        new RelationshipDeleted(relationshipId, deleted.from(), deleted.to(), deleted.type()));
  }

  private ContactSummary requireLive(UUID id, String field) {
    var found = search.byIds(List.of(id), true);
    if (found.isEmpty()) {
      if (field.equals("id")) {
        throw NotFoundException.of("Contact", id);
      }
      throw InvalidInputException.of(field, "no live contact has this id");
    }
    return found.get(0);
  }
}
