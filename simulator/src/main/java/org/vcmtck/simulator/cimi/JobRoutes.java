package org.vcmtck.simulator.cimi;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.ModelException;

import java.util.Map;

/**
 * Jobs (CIMI-JOB-*): the collection is read-only (jobs are made by the provider); a running job can be stopped
 * through its advertised stop action, which undoes what it did, and a finished job can be deleted.
 */
final class JobRoutes implements RouteGroup {
    static final String STOP = "stop";

    private RouteKit kit;

    @Override
    public void install(RouteKit kit) {
        this.kit = kit;
        String jobs = CimiViews.JOBS;
        kit.expandable(jobs, id -> kit.services().views().job(kit.job(id)));
        kit.path(jobs, Map.of(HandlerType.GET, ctx -> kit.ok(ctx, kit.services().views().jobs())));
        kit.path(jobs + "/{id}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, kit.services().views().job(kit.job(ctx.pathParam("id")))),
                HandlerType.DELETE, this::delete));
        kit.path(jobs + "/{id}/" + STOP, Map.of(HandlerType.POST, this::stop));
    }

    private void delete(Context ctx) {
        Job job = kit.job(ctx.pathParam("id"));
        if (!job.state().finished()) {
            throw new CimiException(409, "job '" + job.id() + "' is still running; stop it or wait until it ends"
                    + " before deleting it");
        }
        try {
            kit.services().dc().deleteJob(job.id());
        } catch (ModelException e) {
            throw refusal(job, e);
        }
        ctx.status(200);
    }

    /** Stops a running job at once: its effect is undone, and the Job is answered in state STOPPED. */
    private void stop(Context ctx) {
        Job job = kit.job(ctx.pathParam("id"));
        RequestBody body = RouteKit.body(ctx);
        String declared = body.declaredType();
        if (declared != null && !declared.equals(CimiNames.typeUri("Action"))) {
            throw CimiException.badRequest("resourceURI", "expected " + CimiNames.typeUri("Action") + ", was "
                    + declared);
        }
        String action = body.text("action");
        if (action == null || !action.equals(CimiNames.actionUri(STOP))) {
            throw CimiException.badRequest("action", "must be " + CimiNames.actionUri(STOP) + ", was '" + action
                    + "'");
        }
        if (job.state().finished()) {
            throw new CimiException(409, "job '" + job.id() + "' has already ended (" + CimiViews.jobState(job)
                    + ")");
        }
        try {
            kit.services().dc().killJob(job.id());
        } catch (ModelException e) {
            throw refusal(job, e);
        }
        kit.ok(ctx, kit.services().views().job(kit.job(job.id())));
    }

    /** The job ended or vanished between the check and the change (the clock runs on its own thread). */
    private static CimiException refusal(Job job, ModelException e) {
        if (e.kind() == ErrorKind.NOT_FOUND) {
            return CimiException.notFound("job", job.id());
        }
        return new CimiException(409, e.getMessage());
    }
}
