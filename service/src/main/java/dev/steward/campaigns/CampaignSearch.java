package dev.steward.campaigns;

import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import dev.steward.reports.CampaignFigures;
import dev.steward.reports.MemberFigures;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists campaigns with their member counts and rates, which come from {@link CampaignFigures} (one
 * query per page). Members whose contact is in the trash are not counted.
 */
@Component
class CampaignSearch {

  /** Which campaigns to list; any of the filters may be null. */
  record Filter(CampaignStatus status, Channel channel, String q) {}

  private static final String COLUMNS =
      """
      k.id, k.name, k.description, k.channel, k.send_date, k.status, k.created_by, k.created_at, k.updated_at,
      k.deleted_at, k.version""";

  private final JdbcClient jdbc;
  private final CampaignFigures figures;

  CampaignSearch(JdbcClient jdbc, CampaignFigures figures) {
    this.jdbc = jdbc;
    this.figures = figures;
  }

  @Transactional(readOnly = true)
  PageResult<CampaignView> find(Filter filter, PageRequestParams page, boolean trash) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, trash, params);
    String order = trash ? "k.deleted_at desc, k.id" : "k.created_at desc, k.id";
    List<CampaignView> found =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from campaigns k where "
                    + where
                    + " order by "
                    + order
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(CampaignSearch::view)
            .list();
    // The counts and rates come from reports, where they are defined once.
    var counts = figures.of(found.stream().map(CampaignView::id).toList());
    List<CampaignView> rows =
        found.stream()
            .map(view -> view.withMembers(counts.getOrDefault(view.id(), MemberFigures.NONE)))
            .toList();
    long total =
        page.offset() == 0 && rows.size() < page.size()
            ? rows.size()
            : jdbc.sql("select count(*) from campaigns k where " + where)
                .params(params)
                .query(Long.class)
                .single();
    return PageResult.of(rows, page.page(), page.size(), total, false);
  }

  /** The campaign's member counts and rates, as reports defines them. */
  MemberFigures counts(UUID campaignId) {
    return figures.of(campaignId);
  }

  private static String where(Filter filter, boolean trash, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    conditions.add("k.tenant_id = :tenant");
    params.put("tenant", CurrentTenant.require());
    conditions.add(trash ? "k.deleted_at is not null" : "k.deleted_at is null");
    if (filter.status() != null) {
      conditions.add("k.status = :status");
      params.put("status", filter.status().value());
    }
    if (filter.channel() != null) {
      conditions.add("k.channel = :channel");
      params.put("channel", filter.channel().value());
    }
    String q = filter.q() == null ? "" : filter.q().strip().toLowerCase(Locale.ROOT);
    if (!q.isEmpty()) {
      conditions.add("lower(k.name) like :q escape '\\'");
      params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return String.join(" and ", conditions);
  }

  private static CampaignView view(ResultSet rs, int row) throws SQLException {
    var sendDate = rs.getDate("send_date");
    return new CampaignView(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("description"),
        Channel.of(rs.getString("channel")),
        sendDate == null ? null : sendDate.toLocalDate(),
        CampaignStatus.of(rs.getString("status")),
        MemberFigures.NONE,
        rs.getObject("created_by", UUID.class),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("updated_at")),
        instant(rs.getTimestamp("deleted_at")),
        rs.getLong("version"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
