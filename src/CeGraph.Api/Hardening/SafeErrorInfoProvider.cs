using CeGraph.Api.Data;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening;

/// <summary>
/// Formats errors so that nothing internal leaves the server. A failure inside a resolver (<see cref="UnhandledError"/>)
/// becomes <see cref="UnexpectedError"/>: a fixed message, <c>code</c> INTERNAL_SERVER_ERROR (DATABASE_BUSY for a transient
/// database failure) and <c>correlationId</c>.
/// No error carries <c>codes</c> (GraphQL.NET derives them from exception type names) or exception data; only the
/// explicit <c>code</c> remains. <see cref="GraphQLLimits.ExposeExceptionDetails"/> turns the details back on for debugging.
/// With introspection off, validation messages lose their "Did you mean …" suggestions.
/// </summary>
public sealed class SafeErrorInfoProvider(IOptions<GraphQLLimits> limits, IHttpContextAccessor httpContextAccessor)
    : ErrorInfoProvider(OptionsFrom(limits))
{
    public const string CorrelationIdExtension = "correlationId";

    private readonly bool exposeDetails = limits.Value.ExposeExceptionDetails;

    private readonly bool introspectionEnabled = limits.Value.EnableIntrospection;

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        if (executionError is UnhandledError unhandled && !exposeDetails)
        {
            var correlationId = httpContextAccessor.HttpContext is { } http ? CorrelationId.Of(http) : "none";
            executionError = TransientDatabaseFailure.Is(unhandled.InnerException)
                ? UnexpectedError.DatabaseBusy(correlationId)
                : new UnexpectedError(correlationId);
        }

        var info = base.GetInfo(executionError);
        if (!introspectionEnabled && executionError is ValidationError)
        {
            // "Did you mean …" names fields, arguments and types: a schema listing by guessing, when introspection is off.
            info.Message = SchemaSuggestions.Remove(info.Message);
        }

        if (executionError is UnexpectedError unexpected)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions[CorrelationIdExtension] = unexpected.CorrelationId;
        }

        return info;
    }

    private static ErrorInfoProviderOptions OptionsFrom(IOptions<GraphQLLimits> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var expose = limits.Value.ExposeExceptionDetails;
        return new ErrorInfoProviderOptions
        {
            ExposeExceptionDetails = expose,
            ExposeCodes = expose,
            ExposeData = expose,
        };
    }
}
