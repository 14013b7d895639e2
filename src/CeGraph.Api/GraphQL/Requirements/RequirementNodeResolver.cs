using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using GraphQL;
using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary><c>node(id:)</c> for requirements: null unless <see cref="RequirementVisibility"/> allows the caller to see it.</summary>
public sealed class RequirementNodeResolver : INodeResolver
{
    public string TypeName => "Requirement";

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, int key)
    {
        var caller = context.Caller();
        return context.Loaders().RequirementById.Load(key).Then(r => r is not null && RequirementVisibility.CanSee(caller, r) ? (object?)r : null);
    }
}
