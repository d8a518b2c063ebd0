package co.encadena.api.accounts.domain;

/** What a user may do in the programme; one role per user. */
public enum Role {
    /** A mipyme or popular-economy unit: edits its own profile, sees open requirements. */
    SUPPLIER,
    /** An anchor company: publishes its own requirements, searches suppliers. */
    ANCHOR,
    /** Colombia Productiva, a chamber of commerce or a cluster initiative: runs ruedas, imports data. */
    ORGANIZER,
    /** Manages users, organizations and reference data; sees the audit log. */
    ADMIN
}
