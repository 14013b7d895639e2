using CeGraph.Api.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CeGraph.Api.Tests.Startup;

/// <summary>
/// The SQLite context runs on a compiled model (<c>Data/Sqlite/CompiledModel</c>, found through its assembly attribute),
/// which spares every start EF Core's model building. It is generated code: when the entities or their configuration
/// change, it must be generated again, and this test fails until it is.
/// </summary>
public sealed class SqliteCompiledModelTests
{
    private const string Regenerate =
        "The SQLite compiled model is out of date with the EF model: dotnet tool run dotnet-ef dbcontext optimize --project src/CeGraph.Api " +
        "--context SqliteCeGraphDbContext --output-dir Data/Sqlite/CompiledModel --namespace CeGraph.Api.Data.Sqlite.CompiledModel";

    [Fact]
    public void Context_RunsOnTheCompiledModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.IsType<Api.Data.Sqlite.CompiledModel.SqliteCeGraphDbContextModel>(db.Model);
    }

    [Fact]
    public void CompiledModel_MatchesTheModelBuiltFromTheConfiguration()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var built = db.GetService<IDesignTimeModel>().Model;

        // The read-optimized model keeps only what the runtime reads, so they are compared on that (the migration
        // differ cannot read it); the schema itself is pinned by the migrations and their own tests.
        var expected = Describe(built);
        var actual = Describe(db.Model);
        Assert.True(expected.SequenceEqual(actual), $"{Regenerate}\nDiffering: {string.Join("; ", expected.Except(actual).Concat(actual.Except(expected)))}");
    }

    /// <summary>What the runtime reads from a model beyond the schema: CLR types, converters, comparers' presence, keys, navigations.</summary>
    private static List<string> Describe(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity => (IEnumerable<string>)
        [
            $"{entity.Name} -> {entity.GetTableName()}",
            .. entity.GetProperties().Select(p =>
                $"  {p.Name}: {p.ClrType.Name} column {p.GetColumnName()} {p.GetRelationalTypeMapping().StoreType} nullable {p.IsNullable} max {p.GetMaxLength()} " +
                $"converter {p.GetValueConverter()?.ProviderClrType.Name ?? "-"} generated {p.ValueGenerated} concurrency {p.IsConcurrencyToken}"),
            .. entity.GetKeys().Select(k => $"  key {string.Join(",", k.Properties.Select(p => p.Name))} primary {k.IsPrimaryKey()}"),
            .. entity.GetForeignKeys().Select(f => $"  fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}"),
            .. entity.GetNavigations().Select(n => $"  navigation {n.Name} -> {n.TargetEntityType.Name} collection {n.IsCollection}"),
            .. entity.GetIndexes().Select(i => $"  index {string.Join(",", i.Properties.Select(p => p.Name))} unique {i.IsUnique}"),
        ]),
        .. model.GetDbFunctions().Select(f => $"function {f.ModelName} -> {f.Name} built-in {f.IsBuiltIn}"),
    ];
}
