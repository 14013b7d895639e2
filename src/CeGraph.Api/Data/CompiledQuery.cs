using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeGraph.Api.Data;

/// <summary>
/// An EF Core compiled query, compiled once per model. A delegate from <c>EF.CompileAsyncQuery</c> keeps the SQL of the
/// first model it ran on, so a process that serves SQLite and PostgreSQL contexts (the test suite does) needs one per
/// model; a server has one provider, so this holds one entry.
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new(ReferenceEqualityComparer.Instance);

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byModel.GetOrAdd(db.Model, static (_, compile) => compile(), compile);
    }
}
