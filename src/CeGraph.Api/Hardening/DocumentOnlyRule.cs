using CeGraph.Api.GraphQL.Execution;
using GraphQL.Validation;

namespace CeGraph.Api.Hardening;

/// <summary>
/// A limit whose verdict depends only on the document's text and this process's settings. A document served from the
/// <see cref="ValidatedDocumentCache"/> passed it when it was cached, so it is not checked again.
/// </summary>
public abstract class DocumentOnlyRule : ValidationRuleBase
{
    public sealed override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        ValidatedDocumentCache.Of(context) is not null ? default : CheckAsync(context);

    /// <summary>Checks the document (report errors on <paramref name="context"/>, or return a visitor that does).</summary>
    protected abstract ValueTask<INodeVisitor?> CheckAsync(ValidationContext context);
}
