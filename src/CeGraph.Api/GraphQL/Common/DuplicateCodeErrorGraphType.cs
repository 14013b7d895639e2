namespace CeGraph.Api.GraphQL.Common;

public sealed class DuplicateCodeErrorGraphType() : UserErrorGraphType<DuplicateCodeError>("DuplicateCodeError", "An object with this code already exists.");
