using GraphQL;

namespace CeGraph.Api.Hardening;

/// <summary>
/// A failure nobody expected, as the client sees it: a fixed message, a code and the correlation id that finds it in the
/// logs. INTERNAL_SERVER_ERROR in general; DATABASE_BUSY when the database stayed locked past its busy timeout (retry).
/// </summary>
public sealed class UnexpectedError : ExecutionError
{
    public const string ErrorCode = "INTERNAL_SERVER_ERROR";
    public const string FixedMessage = "An unexpected error occurred while processing the request.";
    public const string DatabaseBusyCode = "DATABASE_BUSY";
    public const string DatabaseBusyMessage = "The database was too busy to finish the request in time; nothing was saved. Retry shortly.";

    public UnexpectedError(string correlationId)
        : this(correlationId, ErrorCode, FixedMessage)
    {
    }

    private UnexpectedError(string correlationId, string code, string message)
        : base(message)
    {
        Code = code;
        CorrelationId = correlationId;
    }

    public string CorrelationId { get; }

    public static UnexpectedError DatabaseBusy(string correlationId) => new(correlationId, DatabaseBusyCode, DatabaseBusyMessage);
}
