//! The 26 category enums, for tests that check each: `with_category_enums!(callback)` calls
//! `callback!(System, InternalError, …)` with every `Category` variant, in catalogue order.

macro_rules! with_category_enums {
    ($callback:ident) => {
        $callback!(
            System,
            InternalError,
            Keychain,
            Certificate,
            Acl,
            Crl,
            Smime,
            Ocsp,
            CodeSigning,
            MobileMe,
            CryptographicKey,
            InvalidAttribute,
            MissingAttribute,
            Timestamp,
            InvalidParameter,
            UnsupportedInput,
            AppleSpecific,
            ModuleManager,
            Other,
            SecureTransport,
            CodeSigningServices,
            Authorization,
            Session,
            SecureDownload,
            Cssm,
            CssmApple,
        )
    };
}
