namespace CeGraph.Api.GraphQL.Common;

public sealed class ConcurrentUpdateErrorGraphType() : UserErrorGraphType<ConcurrentUpdateError>("ConcurrentUpdateError", "Someone changed the object at the same moment; read it again and retry.");
