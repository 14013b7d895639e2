using GraphQL;
using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>Loads the objects of one Node type by key for <c>node</c>/<c>nodes</c>, applying that type's visibility rules.</summary>
public interface INodeResolver
{
    string TypeName { get; }

    IDataLoaderResult<object?> Load(IResolveFieldContext context, int key);
}
