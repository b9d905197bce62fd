@DSP0263
Feature: CIMI Jobs (DSP0263 Model › Job)
  Jobs report the progress of work a provider does asynchronously. The jobs collection is read-only; a request
  answered 202 names its Job in CIMI-Job-URI, and that Job is followed until it ends, within a bounded wait. Jobs
  are optional (cimi-jobs): a target that does not claim them leaves these requirements not applicable, and a
  provider that does everything synchronously leaves the Job-following scenarios not tested.

  @CIMI-COL-001 @CIMI-COL-002 @CIMI-COL-003 @CIMI-JOB-001 @CIMI-JOB-002 @must
  Scenario Outline: The jobs collection is read-only and lists jobs of the Job model (<media>)
    Given the CIMI provider is read as <media>
    And the target claims CIMI jobs
    When the consumer reads the jobs collection the Cloud Entry Point references
    Then the jobs collection has an id and an integer count matching its entries
    And the jobs collection does not advertise add
    And each job the collection lists is in a state of the Job model and names its action and target

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-004 @CIMI-HTTP-007 @CIMI-JOB-001 @CIMI-JOB-002 @CIMI-JOB-003 @must
  Scenario Outline: An asynchronous creation's Job reaches SUCCESS and the machine is then settled (<media>)
    Given the CIMI provider is read as <media>
    And the target claims CIMI jobs
    When the consumer creates a machine whose creation may run as a job
    Then an answer of 202 names in CIMI-Job-URI a Job that reaches SUCCESS within the bounded wait
    And the job names the machine as its targetResource and the operation it performs
    And the machine is then in the state the operation leads to

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-HTTP-005 @CIMI-HTTP-007 @CIMI-JOB-001 @CIMI-JOB-002 @CIMI-JOB-003 @must
  Scenario Outline: An action answered 202 names a Job that reaches SUCCESS, then the machine is in its new state (<media>)
    Given the CIMI provider is read as <media>
    And the target claims CIMI jobs
    And a settled machine the consumer created for the job checks
    When the consumer invokes the advertised start or stop operation that changes the machine's state
    Then an answer of 202 names in CIMI-Job-URI a Job that reaches SUCCESS within the bounded wait
    And the job names the machine as its targetResource and the operation it performs
    And the machine is then in the state the operation leads to

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-JOB-005 @should
  Scenario Outline: A finished job is listed in the jobs collection and, when it advertises delete, can be deleted (<media>)
    Given the CIMI provider is read as <media>
    And the target claims CIMI jobs
    When the consumer creates a machine whose creation may run as a job
    Then an answer of 202 names in CIMI-Job-URI a Job that reaches SUCCESS within the bounded wait
    And the jobs collection lists the finished job
    And the finished job, when it advertises delete, is deleted and then no longer read

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-JOB-004 @may
  Scenario Outline: A running job that advertises stop is cancelled by it (<media>)
    Given the CIMI provider is read as <media>
    And the target claims CIMI jobs
    When the consumer creates a machine whose creation may run as a job
    And the consumer stops the job through its advertised stop operation while it is running
    Then the job answers STOPPING or STOPPED and ends STOPPED within the bounded wait

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  # The suite cannot know how a provider is made to fail: it judges the failed jobs it observes (those the jobs
  # collection lists, and those of creations from machine images the provider itself lists in state ERROR). When
  # none is observed the scenario gives no verdict.
  @CIMI-JOB-006 @must
  Scenario Outline: A failed job says why, and the machine it was creating is in ERROR or does not exist (<media>)
    Given the CIMI provider is read as <media>
    And the target claims CIMI jobs
    When the consumer creates a machine from each machine image the provider lists in state ERROR
    Then every failed job the consumer observed is FAILED with a non-zero returnCode and a statusMessage
    And the machine of each failed creation is in ERROR or no longer exists

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
