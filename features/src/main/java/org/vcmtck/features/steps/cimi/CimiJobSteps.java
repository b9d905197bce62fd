package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatCollection;
import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatJob;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiOperation;
import org.vcmtck.assertions.cimi.CimiVocabulary;
import org.vcmtck.features.steps.World;

/**
 * Checks of Jobs (CIMI-JOB-*) and of the asynchronous answers that name them (CIMI-HTTP-004/007): the jobs
 * collection, the Job a 202 names in CIMI-Job-URI followed to its end within a bounded wait, and the state the
 * resource is in once that Job has succeeded.
 */
public class CimiJobSteps {

    private static final String JOBS = "jobs";
    private static final String JOB = "Job";
    private static final String FEATURE = "cimi-jobs";

    private final World world;
    private final CimiContext cimi;
    private CimiDocument collection;
    private String machineId;
    /** The request that should have started a job: a creation or an action. */
    private CimiExchange started;
    private String invokedAction;
    private String expectedState;
    private CimiDocument finishedJob;
    private CimiExchange stopAnswer;
    private String stoppedJobUri;
    /** Creations from broken machine images that answered with a job to follow (CIMI-JOB-006). */
    private final List<CimiExchange> failedCreations = new ArrayList<>();
    /** Failed creation job id → the machine it was creating. */
    private final java.util.Map<String, String> failedTargets = new java.util.LinkedHashMap<>();

    public CimiJobSteps(World world, CimiContext cimi) {
        this.world = world;
        this.cimi = cimi;
    }

    @Given("the target claims CIMI jobs")
    public void theTargetClaimsJobs() {
        cimi.requireClaimedFeature(FEATURE);
    }

    @When("the consumer reads the jobs collection the Cloud Entry Point references")
    public void theConsumerReadsTheJobs() {
        collection = cimi.readCollection(JOBS);
    }

    @Then("the jobs collection has an id and an integer count matching its entries")
    public void theJobsCollectionHasIdAndCount() {
        assertThatCollection(collection, JOBS, JOB).hasIdCountAndEntries("CIMI-COL-001")
                .hasCountMatchingEntries("CIMI-COL-002");
    }

    @Then("the jobs collection does not advertise add")
    public void theJobsCollectionIsReadOnly() {
        // jobs are made by the provider, never POSTed by a consumer (CIMI-COL-003)
        collection.operation("add").ifPresent(op -> {
            throw new AssertionError("[CIMI-COL-003] the jobs collection advertises add (" + op.href()
                    + "), but jobs are created by the provider only");
        });
    }

    @Then("each job the collection lists is in a state of the Job model and names its action and target")
    public void eachListedJobIsWellFormed() {
        List<CimiDocument> jobs = collection.entries(JOBS, JOB);
        if (jobs.isEmpty()) {
            throw new SkipException("the jobs collection lists no job");
        }
        List<String> failures = new ArrayList<>();
        for (CimiDocument job : jobs) {
            try {
                assertThatJob(job).hasStateOfTheJobModel("CIMI-JOB-002").namesItsActionAndTarget("CIMI-JOB-001")
                        .hasProgressInRange("CIMI-JOB-003");
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    @When("the consumer creates a machine whose creation may run as a job")
    public void theConsumerCreatesAMachine() {
        started = cimi.createMachineAsynchronously();
        machineId = started.header("Location").orElseThrow(() -> new AssertionError("[CIMI-HTTP-004] the creation "
                + "answered " + started.status() + " without a Location header"));
        invokedAction = "add";
        expectedState = null;
    }

    @Given("a settled machine the consumer created for the job checks")
    public void aSettledMachine() {
        machineId = cimi.createSettledMachine();
    }

    @When("the consumer invokes the advertised start or stop operation that changes the machine's state")
    public void theConsumerInvokesStartOrStop() {
        CimiDocument machine = cimi.waitForStableState(machineId);
        String state = machine.text("state").orElse("");
        switch (state) {
            case "STARTED" -> { invokedAction = CimiVocabulary.STOP; expectedState = "STOPPED"; }
            case "STOPPED" -> { invokedAction = CimiVocabulary.START; expectedState = "STARTED"; }
            default -> throw new SkipException("the new machine settled in " + state + ", neither STARTED nor STOPPED");
        }
        CimiOperation operation = machine.operation(invokedAction).orElseThrow(() -> new AssertionError(
                "[CIMI-COM-006] machine " + machineId + " in state " + state + " does not advertise " + invokedAction));
        started = cimi.remember(cimi.http().post(operation.href(), cimi.format(), cimi.format().mediaType(),
                CimiBodies.action(cimi.format(), invokedAction)));
        CimiContext.expectStatus(started, "CIMI-HTTP-005", Set.of(200, 202));
    }

    @Then("an answer of 202 names in CIMI-Job-URI a Job that reaches SUCCESS within the bounded wait")
    public void theJobReachesSuccess() {
        if (started.status() != 202) {
            throw new SkipException("the provider answered " + started.status() + ": it did the work synchronously, "
                    + "so there is no job to follow");
        }
        if (cimi.entryPoint().href(JOBS).isEmpty()) {
            throw new SkipException("the provider offers no jobs collection, so a 202 need not name a job");
        }
        String jobUri = started.header("CIMI-Job-URI").filter(h -> !h.isBlank()).orElseThrow(() -> new AssertionError(
                "[CIMI-HTTP-007] " + started.summary() + " carries no CIMI-Job-URI header although the provider "
                        + "offers jobs; headers are " + started.headers().keySet()));
        finishedJob = followToTheEnd(jobUri);
        String state = finishedJob.text("state").orElse("");
        if (!"SUCCESS".equals(state)) {
            throw new AssertionError("[CIMI-JOB-002] job " + jobUri + " ended " + state + ", not SUCCESS"
                    + finishedJob.text("statusMessage").map(m -> ": " + m).orElse(""));
        }
        if (finishedJob.isInteger("progress") && !"100".equals(finishedJob.text("progress").orElse(""))) {
            throw new AssertionError("[CIMI-JOB-003] job " + jobUri + " succeeded with progress "
                    + finishedJob.text("progress").orElse("?") + ", not 100");
        }
    }

    @Then("the job names the machine as its targetResource and the operation it performs")
    public void theJobNamesTheMachineAndAction() {
        assertThatJob(finishedJob).namesItsActionAndTarget("CIMI-JOB-001");
        String target = finishedJob.href("targetResource").orElseThrow();
        if (!target.equals(machineId)) {
            throw new AssertionError("[CIMI-JOB-001] job " + finishedJob.text("id").orElse("?") + " targets " + target
                    + ", not the machine " + machineId);
        }
        CimiContext.expectStatus(cimi.remember(cimi.http().get(target, cimi.format())), "CIMI-JOB-001",
                Set.of(200));
        String action = finishedJob.text("action").orElseThrow();
        // a creation's job may name the generic add or the create URI; an action's job must name that action
        if (!"add".equals(invokedAction) && !action.equals(invokedAction)) {
            throw new AssertionError("[CIMI-JOB-001] job " + finishedJob.text("id").orElse("?") + " names action "
                    + action + ", but " + invokedAction + " was invoked");
        }
        world.evidence("job action", action);
    }

    @Then("the machine is then in the state the operation leads to")
    public void theMachineIsInTheTargetState() {
        CimiDocument machine = cimi.readMachine(machineId);
        String state = machine.text("state").orElse("");
        boolean done = expectedState == null ? !state.isEmpty() && !CimiContext.TRANSITIONAL.contains(state)
                : expectedState.equals(state);
        if (!done) {
            throw new AssertionError("[" + (expectedState == null ? "CIMI-HTTP-004" : "CIMI-JOB-001") + "] job "
                    + finishedJob.text("id").orElse("?") + " succeeded, but machine " + machineId + " is " + state
                    + (expectedState == null ? ", still transitional" : ", not " + expectedState));
        }
    }

    @When("the consumer stops the job through its advertised stop operation while it is running")
    public void theConsumerStopsTheRunningJob() {
        if (started.status() != 202) {
            throw new SkipException("the provider answered " + started.status() + ": no job to stop");
        }
        String jobUri = started.header("CIMI-Job-URI").filter(h -> !h.isBlank()).orElseThrow(() ->
                new SkipException("the asynchronous creation named no job"));
        CimiExchange read = cimi.remember(cimi.http().get(jobUri, cimi.format()));
        CimiContext.expectStatus(read, "CIMI-HTTP-007", Set.of(200));
        CimiDocument job = read.document();
        if (CimiVocabulary.FINAL_JOB_STATES.contains(job.text("state").orElse(""))) {
            throw new SkipException("job " + jobUri + " had already ended when read: nothing to stop");
        }
        CimiOperation stop = job.operation(CimiVocabulary.STOP).orElseThrow(() -> new SkipException(
                "running job " + jobUri + " does not advertise stop: cancelling jobs is optional"));
        stopAnswer = cimi.remember(cimi.http().post(stop.href(), cimi.format(), cimi.format().mediaType(),
                CimiBodies.action(cimi.format(), CimiVocabulary.STOP)));
        stoppedJobUri = jobUri;
    }

    @Then("the job answers STOPPING or STOPPED and ends STOPPED within the bounded wait")
    public void theStoppedJobEndsStopped() {
        if (stopAnswer.status() == 409) {
            // the job may have ended between reading it and asking it to stop: then there was nothing to cancel
            CimiDocument now = cimi.remember(cimi.http().get(stoppedJobUri, cimi.format())).document();
            if (Set.of("SUCCESS", "FAILED").contains(now.text("state").orElse(""))) {
                throw new SkipException("job " + stoppedJobUri + " ended before the stop arrived");
            }
        }
        CimiContext.expectStatus(stopAnswer, "CIMI-JOB-004", Set.of(200, 202, 204));
        if (stopAnswer.status() == 200 && !stopAnswer.body().isBlank()) {
            String state = stopAnswer.document().text("state").orElse("");
            if (!Set.of("STOPPING", "STOPPED").contains(state)) {
                throw new AssertionError("[CIMI-JOB-004] the stop of job " + stoppedJobUri + " answered it in state "
                        + state + ", not STOPPING or STOPPED");
            }
        }
        CimiDocument ended = followToTheEnd(stoppedJobUri);
        String state = ended.text("state").orElse("");
        if (!"STOPPED".equals(state)) {
            throw new AssertionError("[CIMI-JOB-004] job " + stoppedJobUri + " was stopped while running but ended "
                    + state + ", not STOPPED");
        }
    }

    @Then("the jobs collection lists the finished job")
    public void theJobsCollectionListsTheFinishedJob() {
        String jobId = finishedJob.text("id").orElseThrow();
        List<String> listed = cimi.readCollection(JOBS).entries(JOBS, JOB).stream()
                .map(job -> job.text("id").orElse("")).toList();
        if (!listed.contains(jobId)) {
            throw new AssertionError("[CIMI-JOB-005] the jobs collection does not list job " + jobId
                    + " that just finished; it lists " + listed);
        }
    }

    @Then("the finished job, when it advertises delete, is deleted and then no longer read")
    public void theFinishedJobIsDeleted() {
        String jobId = finishedJob.text("id").orElseThrow();
        CimiOperation delete = finishedJob.operation("delete").orElseThrow(() -> new SkipException(
                "job " + jobId + " does not advertise delete: deleting finished jobs is optional"));
        CimiExchange deleted = cimi.remember(cimi.http().delete(delete.href(), cimi.format()));
        CimiContext.expectStatus(deleted, "CIMI-JOB-005", Set.of(200, 202, 204));
        cimi.waitUntilGone(jobId, "CIMI-JOB-005");
    }

    @When("the consumer creates a machine from each machine image the provider lists in state ERROR")
    public void theConsumerCreatesFromImagesInError() {
        failedCreations.clear();
        if (cimi.entryPoint().href("machineImages").isEmpty() || cimi.entryPoint().href("machineConfigs").isEmpty()) {
            return;
        }
        List<String> broken = cimi.readCollection("machineImages").entries("machineImages", "MachineImage").stream()
                .filter(image -> "ERROR".equals(image.text("state").orElse("")))
                .map(image -> image.text("id").orElse("")).filter(id -> !id.isBlank()).toList();
        if (broken.isEmpty()) {
            return;
        }
        String config = cimi.readCollection("machineConfigs").entries("machineConfigs", "MachineConfiguration")
                .stream().map(c -> c.text("id").orElse("")).filter(id -> !id.isBlank()).findFirst()
                .orElseThrow(() -> new SkipException("the provider lists no machine configuration to create with"));
        for (String image : broken) {
            CimiExchange created = cimi.postMachineCreate(CimiBodies.machineCreateByValue(cimi.format(),
                    "vcmtck-" + java.util.UUID.randomUUID().toString().substring(0, 8), config, image, null));
            // refusing to create from a broken image at once is as good as a failed job: nothing to follow
            if (created.status() == 202 && created.header("CIMI-Job-URI").filter(h -> !h.isBlank()).isPresent()) {
                failedCreations.add(created);
            }
        }
    }

    @Then("every failed job the consumer observed is FAILED with a non-zero returnCode and a statusMessage")
    public void everyObservedFailedJobSaysWhy() {
        List<CimiDocument> failed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (CimiExchange creation : failedCreations) {
            CimiDocument job = followToTheEnd(creation.header("CIMI-Job-URI").orElseThrow());
            if ("FAILED".equals(job.text("state").orElse(""))) {
                failed.add(job);
                failedTargets.put(job.text("id").orElse("?"), creation.header("Location").orElseThrow());
            }
        }
        for (CimiDocument job : cimi.readCollection(JOBS).entries(JOBS, JOB)) {
            if ("FAILED".equals(job.text("state").orElse(""))) {
                failed.add(job);
            }
        }
        if (failed.isEmpty()) {
            throw new SkipException("no failed job was observed: the provider listed none and no creation from a "
                    + "machine image in ERROR ran as a job that failed");
        }
        for (CimiDocument job : failed) {
            try {
                assertThatJob(job).reportsItsFailure("CIMI-JOB-006");
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        world.evidence("failed jobs checked", failed.stream().map(j -> j.text("id").orElse("?")).distinct().toList()
                .toString());
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    @Then("the machine of each failed creation is in ERROR or no longer exists")
    public void theMachineOfEachFailedCreationIsInErrorOrGone() {
        for (var failed : failedTargets.entrySet()) {
            CimiExchange read = cimi.remember(cimi.http().get(failed.getValue(), cimi.format()));
            if (read.status() == 404 || read.status() == 410) {
                cimi.forget(failed.getValue());
                continue;
            }
            CimiContext.expectStatus(read, "CIMI-JOB-006", Set.of(200, 404, 410));
            String state = read.document().text("state").orElse("");
            if (!"ERROR".equals(state)) {
                // the prior state of a machine being created is that it does not exist
                throw new AssertionError("[CIMI-JOB-006] the creation job " + failed.getKey() + " FAILED, but machine "
                        + failed.getValue() + " is " + state + ", neither in ERROR nor gone");
            }
        }
    }

    /** Polls the Job until it is final; each answer must be a Job of the model and progress never goes back. */
    private CimiDocument followToTheEnd(String jobUri) {
        long deadline = System.nanoTime() + CimiContext.stateChangeWait().toNanos();
        int lastProgress = -1;
        while (true) {
            CimiExchange exchange = cimi.http().poll(jobUri, cimi.format());
            if (exchange.status() != 200) {
                cimi.http().attach(exchange);
            }
            CimiContext.expectStatus(exchange, "CIMI-HTTP-007", Set.of(200));
            CimiDocument job = exchange.document();
            assertThatJob(job).hasStateOfTheJobModel("CIMI-JOB-002").hasProgressInRange("CIMI-JOB-003");
            if (job.isInteger("progress")) {
                int progress = Integer.parseInt(job.text("progress").orElseThrow());
                if (progress < lastProgress) {
                    cimi.http().attach(exchange);
                    throw new AssertionError("[CIMI-JOB-003] job " + jobUri + " went back from progress "
                            + lastProgress + " to " + progress);
                }
                lastProgress = progress;
            }
            String state = job.text("state").orElse("");
            if (CimiVocabulary.FINAL_JOB_STATES.contains(state)) {
                cimi.http().attach(exchange);
                return job;
            }
            if (System.nanoTime() > deadline) {
                cimi.http().attach(exchange);
                throw new AssertionError("[CIMI-HTTP-004] job " + jobUri + " is still " + state + " after "
                        + CimiContext.stateChangeWait().toMillis() + " ms");
            }
            CimiContext.pause();
        }
    }
}
