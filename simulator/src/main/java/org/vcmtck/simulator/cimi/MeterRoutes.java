package org.vcmtck.simulator.cimi;

import io.javalin.http.HandlerType;

import java.util.Map;

/** Meters of machines (read-only, sampled from the model), their templates and configurations. */
final class MeterRoutes implements RouteGroup {
    @Override
    public void install(RouteKit kit) {
        kit.readOnly(MonitoringViews.METERS, () -> views(kit).meters(),
                id -> views(kit).meterDoc(views(kit).meter(id)));
        kit.readOnly(MonitoringViews.METER_CONFIGS, () -> views(kit).meterConfigs(),
                id -> views(kit).meterConfig(MonitoringViews.kind(id)));
        kit.readOnly(MonitoringViews.METER_TEMPLATES, () -> views(kit).meterTemplates(),
                id -> views(kit).meterTemplate(MonitoringViews.kind(id)));
        kit.subCollection(CimiViews.MACHINES, MonitoringViews.METERS, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx,
                        views(kit).metersOf(kit.services().machines().machine(ctx.pathParam("id"))))));
    }

    private static MonitoringViews views(RouteKit kit) {
        return kit.services().monitoring();
    }
}
