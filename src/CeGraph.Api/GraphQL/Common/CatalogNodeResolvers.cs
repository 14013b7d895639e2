using GraphQL;
using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>Node resolvers for the public catalog types, each through the request's batch loader (activities, distributions, requirements and checks have their own, with visibility rules).</summary>
public sealed class CatalogNodeResolver(string typeName, Func<CatalogLoaders, int, IDataLoaderResult<object?>> load) : INodeResolver
{
    public string TypeName { get; } = typeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, int key) => load(context.Loaders(), key);

    public static IEnumerable<INodeResolver> All() =>
    [
        new CatalogNodeResolver("Discipline", (l, k) => l.DisciplineById.Load(k).Then(x => (object?)x)),
        new CatalogNodeResolver("ContentOutline", (l, k) => l.OutlineById.Load(k).Then(x => (object?)x?.Outline)),
        new CatalogNodeResolver("ContentCategory", (l, k) => l.CategoryById.Load(k).Then(x => (object?)x)),
        new CatalogNodeResolver("Sponsor", (l, k) => l.SponsorById.Load(k).Then(x => (object?)x)),
    ];
}
