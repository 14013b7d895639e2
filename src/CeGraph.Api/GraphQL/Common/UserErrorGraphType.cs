using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>The object type of one kind of <see cref="UserError"/>.</summary>
public abstract class UserErrorGraphType<TError> : ObjectGraphType<TError>
    where TError : UserError
{
    protected UserErrorGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<UserErrorInterface>();
        IsTypeOf = value => value is TError;
        Field(e => e.Message).Description("What went wrong, for people.");
        Field(e => e.Code).Description("What went wrong, for programs.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path").Description("Where in the input the problem is.").Resolve(ctx => ctx.Source.Path);
    }
}
