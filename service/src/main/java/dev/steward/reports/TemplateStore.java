package dev.steward.reports;

import dev.steward.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The firms' own templates, one per kind, in {@code report_templates} under row-level security. */
@Component
class TemplateStore {

  /** A stored template's description, without its bytes. */
  record Info(
      TemplateKind kind,
      String fileName,
      long size,
      Instant uploadedAt,
      UUID uploadedBy,
      String uploadedByName) {}

  private final JdbcClient jdbc;

  TemplateStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<byte[]> content(TemplateKind kind) {
    return jdbc.sql("select content from report_templates where tenant_id = ? and kind = ?")
        .params(CurrentTenant.require(), kind.word())
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  List<Info> list() {
    return jdbc.sql(
            """
            select t.kind, t.file_name, t.size_bytes, t.uploaded_at, t.uploaded_by, u.full_name
            from report_templates t
            left join users u on u.tenant_id = t.tenant_id and u.id = t.uploaded_by
            where t.tenant_id = ?""")
        .params(CurrentTenant.require())
        .query(
            (rs, n) ->
                new Info(
                    TemplateKind.of(rs.getString(1)).orElseThrow(),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getObject(5, UUID.class),
                    rs.getString(6)))
        .list();
  }

  /** Stores the firm's template of that kind, replacing the one before. */
  void save(TemplateKind kind, String fileName, byte[] content, UUID uploadedBy) {
    jdbc.sql(
            """
            insert into report_templates (id, tenant_id, kind, file_name, content, size_bytes, uploaded_by)
            values (:id, :tenant, :kind, :fileName, :content, :size, :by)
            on conflict (tenant_id, kind) do update set file_name = excluded.file_name, content = excluded.content,
              size_bytes = excluded.size_bytes, uploaded_by = excluded.uploaded_by, uploaded_at = now(),
              version = report_templates.version + 1""")
        .param("id", UUID.randomUUID())
        .param("tenant", CurrentTenant.require())
        .param("kind", kind.word())
        .param("fileName", fileName)
        .param("content", content)
        .param("size", content.length)
        .param("by", uploadedBy)
        .update();
  }

  /** Removes the firm's template of that kind; false when it had none. */
  boolean delete(TemplateKind kind) {
    return jdbc.sql("delete from report_templates where tenant_id = ? and kind = ?")
            .params(CurrentTenant.require(), kind.word())
            .update()
        > 0;
  }
}
