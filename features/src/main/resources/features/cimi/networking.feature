@DSP0263
Feature: CIMI network parts: NetworkPorts, Addresses and ForwardingGroups (DSP0263)
  Network parts are optional (cimi-networks) and made like machines: from a template of their templates
  collection, with a Create body. A provider without a collection leaves its scenario not tested. Everything a
  scenario creates is deleted again after it.

  @CIMI-NET-002 @must
  Scenario Outline: A <part> is created from a template, found at its Location and deleted (<media>)
    Given the CIMI provider is read as <media>
    And a network to put network parts on
    When the consumer creates a <part> from the first template of its templates collection
    Then the created network part is found at its Location with its type and attributes
    And its template is a <part>Template whose configuration, if it names one, is found
    And the created network part can be deleted

    Examples: JSON
      | part            | media            |
      | NetworkPort     | application/json |
      | Address         | application/json |
      | ForwardingGroup | application/json |

    @CIMI-HTTP-011
    Examples: XML
      | part            | media           |
      | NetworkPort     | application/xml |
      | Address         | application/xml |
      | ForwardingGroup | application/xml |
