using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id that `node(id:)` can fetch again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global id: opaque, stable, and unique across all types.");
    }
}
