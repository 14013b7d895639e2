using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// Query fields that exist only in tests: <c>slow</c> (waits ten seconds unless cancelled) and <c>boom</c> (throws an
/// exception whose message looks like leaked internals). Added with <c>services.AddSingleton&lt;IQueryFields, TestOnlyFields&gt;()</c>.
/// </summary>
public sealed class TestOnlyFields : IQueryFields
{
    public const string SecretDetail = "SQLite Error 1: no such table: Secrets (SELECT * FROM Secrets) in CeGraph.Api.Internal.SecretStore";

    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<BooleanGraphType>("slow").Description("Test only.").ResolveAsync(async ctx =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ctx.CancellationToken);
            return true;
        });
        query.Field<BooleanGraphType>("boom").Description("Test only.").Resolve(_ => throw new InvalidOperationException(SecretDetail));
    }
}
