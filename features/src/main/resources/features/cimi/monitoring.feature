@DSP0263
Feature: CIMI monitoring: Meters and EventLogs (DSP0263)
  Monitoring is optional (cimi-monitoring): a Cloud Entry Point without meters or eventLogs leaves these
  requirements not tested. Meters and event logs are read through a machine the consumer created, which is
  deleted again after the scenario.

  @CIMI-MON-001 @may
  Scenario Outline: A machine's meters have units, sample interval, aggregation and samples (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created to monitor, when the provider offers meters
    When the consumer reads the meters that machine references
    Then each meter has its units, sample interval, aggregation and timestamped samples
    And each meter template of the provider, if it offers them, is a MeterTemplate

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |

  @CIMI-MON-002 @may
  Scenario Outline: A machine's event log holds its events with timestamp, type, content, outcome, severity (<media>)
    Given the CIMI provider is read as <media>
    And a machine the consumer created to monitor, when the provider offers eventLogs
    When the consumer reads the event log that machine references
    Then that event log targets the machine and has its events, persistence and summary
    And each of its events has a timestamp, a type, content, an outcome and a severity

    Examples: JSON
      | media            |
      | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | media           |
      | application/xml |
