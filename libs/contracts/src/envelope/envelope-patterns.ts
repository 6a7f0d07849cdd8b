/** W3C Trace Context `traceparent` header: version-traceid-parentid-flags, lowercase hex. */
export const TRACEPARENT_PATTERN = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * Event types are lowercase reverse-DNS names ending in the contract version, e.g.
 * `org.coordination.directory.organisation.registered.v1`. The version suffix is what lets a
 * breaking change be published as a new type next to the old one.
 */
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+\.v[1-9][0-9]*$/;
