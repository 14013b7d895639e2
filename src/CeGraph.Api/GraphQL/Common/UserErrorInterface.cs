using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

public sealed class UserErrorInterface : InterfaceGraphType<UserError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "A domain failure of a mutation: nothing was changed. `code` is stable (SCREAMING_SNAKE_CASE); `path` points into the input.";
        Field(e => e.Message).Description("What went wrong, for people.");
        Field(e => e.Code).Description("What went wrong, for programs: a stable code such as `UNKNOWN_SPONSOR`.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path").Description("Where in the input the problem is, e.g. `[\"input\", \"lines\", \"0\", \"credits\"]`.");
    }
}
