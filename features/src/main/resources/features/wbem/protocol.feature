@DSP0200
Feature: WBEM CIM-XML over HTTP: framing, extension headers and message structure (DSP0200, DSP0201)
  A WBEM server takes CIM operations only as POSTed CIM-XML with the extension headers, refuses a request that
  breaks a rule at the HTTP level with the status and CIMError token DSP0200 gives, and answers processed
  requests with 200 and a CIM-XML message that echoes the request.

  Background:
    Given the WBEM server answers a well-formed request

  @WBEM-HTTP-001 @must
  Scenario: Operations are POSTed; another method is refused
    When the client sends a request with the GET method
    Then the server refuses it with HTTP 405 or 501

  @WBEM-HTTP-004 @WBEM-HDR-008 @must
  Scenario: A body that is not XML by its Content-Type is refused
    When the client sends a request with Content-Type text/plain
    Then the server refuses it with HTTP 400 and CIMError "request-not-valid"

  @WBEM-HTTP-005 @WBEM-HDR-008 @must
  Scenario: A body that is not UTF-8 is refused
    When the client sends a request with bytes that are not UTF-8
    Then the server refuses it with HTTP 400 and CIMError "request-not-valid"

  @WBEM-HTTP-006 @WBEM-HDR-002 @must
  Scenario: A processed request is answered 200 with CIMOperation MethodResponse
    When the client sends a well-formed request with message id "4711"
    Then the server answers HTTP 200 with CIMOperation MethodResponse and an XML content type

  @WBEM-XML-001 @WBEM-XML-002 @WBEM-XML-009 @must @WBEM-XML-003 @should
  Scenario: The response message repeats the request's id and names the operation
    When the client sends a well-formed request with message id "4712"
    Then the response message repeats the id, has protocol version 1.0 and names the operation

  @WBEM-HDR-001 @WBEM-HDR-008 @must
  Scenario Outline: A request that is not a method call by its CIMOperation header is refused (<variation>)
    When the client sends a request <variation>
    Then the server refuses it with HTTP 400 and CIMError "unsupported-operation"

    Examples:
      | variation                     |
      | with CIMOperation Foo         |
      | without a CIMOperation header |

  @WBEM-HDR-004 @WBEM-HDR-008 @must
  Scenario: A CIMMethod header that differs from the called operation is refused
    When the client sends a request whose CIMMethod names another operation
    Then the server refuses it with HTTP 400 and CIMError "header-mismatch"

  @WBEM-HDR-005 @WBEM-HDR-008 @must
  Scenario: A CIMObject header that differs from the request's namespace is refused
    When the client sends a request whose CIMObject names another namespace
    Then the server refuses it with HTTP 400 and CIMError "header-mismatch"

  @WBEM-HDR-003 @WBEM-HDR-008 @must
  Scenario: An unsupported major protocol version is refused
    When the client sends a request with CIMProtocolVersion 2.0
    Then the server refuses it with HTTP 501 and CIMError "unsupported-protocol-version"

  @WBEM-HDR-007 @WBEM-HDR-008 @must
  Scenario: A batch request to a server without multiple-request support is refused
    When the client sends a request with a CIMBatch header
    Then the server refuses it with HTTP 501 and CIMError "multiple-requests-unsupported"

  @WBEM-HDR-009 @WBEM-HDR-008 @must
  Scenario: XML that is not well-formed is refused
    When the client sends a request with truncated XML
    Then the server refuses it with HTTP 400 and CIMError "request-not-well-formed"

  @WBEM-HDR-010 @WBEM-HDR-008 @must
  Scenario: An unsupported DTD version is refused
    When the client sends a request with DTDVERSION 9.0
    Then the server refuses it with HTTP 501 and CIMError "unsupported-dtd-version"

  @WBEM-HTTP-002 @should
  Scenario: The CIM operations endpoint answers at /cimom
    When the client posts a well-formed request to the path /cimom of the WBEM server
    Then the server answers HTTP 200 with CIMOperation MethodResponse and an XML content type

  @WBEM-HTTP-003 @must
  Scenario: An HTTP/1.1 request without a Host header is refused
    When the client sends a well-formed HTTP/1.1 request without a Host header
    Then the server refuses that request with HTTP 400

  @WBEM-HTTP-009 @may
  Scenario: A response-time header, when the server adds one, counts microseconds
    When the client sends a well-formed request with message id "4713"
    Then a WBEMServerResponseTime header, if the answer has one, is a whole number of microseconds

  @WBEM-HTTP-010 @may
  Scenario: An M-POST request is processed like POST, or refused so that the client falls back to POST
    When the client sends the well-formed request as M-POST with the CIM mapping and prefix 73
    Then the server processes it as it processes POST, or refuses it so that the client falls back to POST

  @WBEM-HTTP-011 @may
  Scenario: A request that accepts trailers gets a complete answer whose status trailer, if any, is defined
    When the client sends a well-formed request that accepts trailers
    Then the answer is a complete CIM-XML response and any CIMStatusCode trailer is a defined status code

  @WBEM-HTTP-012 @must @reference-only
  Scenario: While the server shuts down, requests are answered 503
    When a private copy of the built-in reference is sent requests while it shuts down
    Then the first request it does not serve is answered 503

  @WBEM-HDR-006 @must
  Scenario: CIMMethod and CIMObject headers are decoded before they are compared
    When the client percent-encodes every character of the CIMMethod and CIMObject headers
    Then the server answers it at the HTTP level with 200, not with a header mismatch

  @WBEM-HDR-006 @must
  Scenario: A non-ASCII namespace name travels in CIMObject as UTF-8 with percent escapes
    When the client names a namespace with a non-ASCII name, its CIMObject header encoded in two steps
    Then the server answers it at the HTTP level with 200, not with a header mismatch

  @WBEM-HDR-006 @WBEM-HDR-008 @must
  Scenario: A CIMObject header that does not decode is a header mismatch
    When the client sends a CIMObject header whose escapes do not decode to UTF-8
    Then the server refuses it with HTTP 400 and CIMError "header-mismatch"
