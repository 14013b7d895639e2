using GraphQL.Validation;

namespace CeGraph.Api.Security;

/// <summary>Refuses the whole request when the caller presented a key that is malformed, unknown or revoked.</summary>
public sealed class InvalidApiKeyValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.RequestServices?.GetService<CallerAccessor>()?.Caller;
        if (caller is { PresentedInvalidKey: true })
        {
            context.ReportError(new AuthenticationValidationError(context.Document.Source));
        }

        return default;
    }
}
