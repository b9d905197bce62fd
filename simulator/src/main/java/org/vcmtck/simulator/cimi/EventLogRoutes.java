package org.vcmtck.simulator.cimi;

import io.javalin.http.HandlerType;

import java.util.Map;

/** Event logs of machines and their events (read-only, from the model's event log), and the log template. */
final class EventLogRoutes implements RouteGroup {
    @Override
    public void install(RouteKit kit) {
        String logs = MonitoringViews.EVENT_LOGS;
        kit.readOnly(logs, () -> views(kit).eventLogs(), id -> views(kit).eventLog(views(kit).logTarget(id)));
        kit.path(logs + "/{id}/" + MonitoringViews.EVENTS, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views(kit).events(views(kit).logTarget(ctx.pathParam("id"))))));
        kit.path(logs + "/{id}/" + MonitoringViews.EVENTS + "/{seq}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx,
                        views(kit).event(views(kit).logTarget(ctx.pathParam("id")), ctx.pathParam("seq")))));
        kit.readOnly(MonitoringViews.EVENT_LOG_TEMPLATES, () -> views(kit).eventLogTemplates(), id -> {
            if (!id.equals("machine-log")) {
                throw CimiException.notFound("event log template", id);
            }
            return views(kit).eventLogTemplate();
        });
    }

    private static MonitoringViews views(RouteKit kit) {
        return kit.services().monitoring();
    }
}
