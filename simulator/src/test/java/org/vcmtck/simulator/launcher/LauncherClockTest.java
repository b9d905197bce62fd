package org.vcmtck.simulator.launcher;

import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.JobState;
import org.vcmtck.simulator.model.StateChange;

import static org.assertj.core.api.Assertions.assertThat;

/** The served datacenter's clock moves by itself while a job runs, so jobs started by a client finish. */
public class LauncherClockTest extends LauncherTestSupport {
    private static final String[] NO_FRONT_ENDS = {"--frontend-setting=probe.enabled=false",
            "--frontend-setting=cimi.enabled=false"};

    private static String[] args(String... extra) {
        String[] all = new String[extra.length + NO_FRONT_ENDS.length];
        System.arraycopy(extra, 0, all, 0, extra.length);
        System.arraycopy(NO_FRONT_ENDS, 0, all, extra.length, NO_FRONT_ENDS.length);
        return all;
    }

    @Test
    public void aJobStartedOnAServedReferenceFinishesWithoutAnyoneAdvancingTheClock() throws Exception {
        try (RunningReference ref = Launcher.start(args("--vms", "1", "--job-ticks", "3", "--tick-millis", "5"))) {
            Datacenter dc = ref.datacenter();
            Job job = dc.requestStateChange(dc.systems().get(0).id(), StateChange.START);
            assertThat(job.state().finished()).as("a 3-tick job is not done when it starts").isFalse();
            // bounded wait for an event that must happen; how fast it happens is not what is checked
            for (int i = 0; i < 1000 && !dc.job(job.id()).state().finished(); i++) {
                Thread.sleep(10);
            }
            assertThat(dc.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
        }
    }

    @Test
    public void withTickMillisZeroTheClockOnlyMovesOnRequest() throws Exception {
        try (RunningReference ref = Launcher.start(args("--vms", "1", "--job-ticks", "3", "--tick-millis", "0"))) {
            Datacenter dc = ref.datacenter();
            Job job = dc.requestStateChange(dc.systems().get(0).id(), StateChange.START);
            Thread.sleep(100);
            assertThat(dc.job(job.id()).state().finished()).isFalse();
            dc.advance(3);
            assertThat(dc.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
        }
    }

    @Test
    public void aNegativeTickIsAUsageError() {
        Result r = run(args("--exit-after-start", "--tick-millis", "-1"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--tick-millis");
    }
}
