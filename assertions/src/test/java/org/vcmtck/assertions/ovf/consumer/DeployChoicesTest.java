package org.vcmtck.assertions.ovf.consumer;

import org.testng.annotations.Test;

import static org.assertj.core.api.Assertions.assertThat;

public class DeployChoicesTest {

    @Test
    public void factoriesDoNotPowerOn() {
        assertThat(DeployChoices.accepting().powerOn()).isFalse();
        assertThat(DeployChoices.notAccepting().powerOn()).isFalse();
    }

    @Test
    public void withPowerOnKeepsTheOtherChoices() {
        DeployChoices choices = DeployChoices.accepting().withProperty("k", "v").withDeploymentOption("big")
                .withPowerOn();
        assertThat(choices.powerOn()).isTrue();
        assertThat(choices.acceptEula()).isTrue();
        assertThat(choices.properties()).containsEntry("k", "v");
        assertThat(choices.deploymentOption()).isEqualTo("big");
    }

    @Test
    public void laterWithMethodsKeepPowerOn() {
        DeployChoices choices = DeployChoices.notAccepting().withPowerOn().withProperty("a", "1")
                .withDeploymentOption("x");
        assertThat(choices.powerOn()).isTrue();
    }

    @Test
    public void powerOnIsPartOfEquality() {
        // ConsumerDeployments caches deploys by choices: a power-on deploy must not reuse a plain one
        assertThat(DeployChoices.accepting().withPowerOn()).isNotEqualTo(DeployChoices.accepting());
    }
}
