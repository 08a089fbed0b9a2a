namespace Veo.Contract.Testing.Core;

/// <summary>The fake's error codes other than rule ids; the first five are the spec's own examples.</summary>
internal static class ErrorCodes
{
    public const string Unauthorized = "unauthorized";
    public const string InsufficientBalance = "insufficient_balance";
    public const string TaskNotFound = "task_not_found";
    public const string RateLimited = "rate_limited";
    public const string InternalError = "internal_error";
    public const string TaskFailed = "task_failed";
    public const string TaskNotCancellable = "task_not_cancellable";
    public const string MissingBody = "missing_body";
    public const string BodyTooLarge = "body_too_large";
    public const string InvalidJson = "invalid_json";
    public const string InvalidRequest = "invalid_request";
    public const string UnknownField = "unknown_field";
    public const string InvalidFieldType = "invalid_field_type";
    public const string MissingField = "missing_field";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string VideoNotFound = "video_not_found";
    public const string LinkExpired = "link_expired";
    public const string TaskStoreFull = "task_store_full";
    public const string IncompleteBody = "incomplete_body";
    public const string RequestTimeout = "request_timeout";
    public const string UriTooLong = "uri_too_long";
    public const string HeadersTooLarge = "headers_too_large";
    public const string BadRequest = "bad_request";
}
