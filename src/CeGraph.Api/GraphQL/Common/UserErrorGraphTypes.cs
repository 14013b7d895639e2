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

public sealed class UnknownReferenceErrorGraphType() : UserErrorGraphType<UnknownReferenceError>("UnknownReferenceError", "The input names something that does not exist.");

public sealed class InvalidCreditsErrorGraphType() : UserErrorGraphType<InvalidCreditsError>("InvalidCreditsError", "A credit amount is not positive, not a multiple of the credit increment, or too large.");

public sealed class InvalidDateRangeErrorGraphType() : UserErrorGraphType<InvalidDateRangeError>("InvalidDateRangeError", "Two dates are in the wrong order.");

public sealed class InvalidValueErrorGraphType() : UserErrorGraphType<InvalidValueError>("InvalidValueError", "A value is empty, too long, malformed, or given twice.");

public sealed class DuplicateCodeErrorGraphType() : UserErrorGraphType<DuplicateCodeError>("DuplicateCodeError", "An object with this code already exists.");

public sealed class CreditsExceedActivityErrorGraphType() : UserErrorGraphType<CreditsExceedActivityError>("CreditsExceedActivityError", "The distribution's lines add up to more than the activity's credits.");

public sealed class ActivityRejectedErrorGraphType() : UserErrorGraphType<ActivityRejectedError>("ActivityRejectedError", "The activity was rejected and cannot be distributed.");

public sealed class NoOutlineInEffectErrorGraphType() : UserErrorGraphType<NoOutlineInEffectError>("NoOutlineInEffectError", "No outline of the requested kind is in effect for the discipline.");

public sealed class ConcurrentUpdateErrorGraphType() : UserErrorGraphType<ConcurrentUpdateError>("ConcurrentUpdateError", "Someone changed the object at the same moment; read it again and retry.");

public sealed class TooManyItemsErrorGraphType() : UserErrorGraphType<TooManyItemsError>("TooManyItemsError", "A list in the input is longer than allowed.");

public sealed class NotPermittedErrorGraphType() : UserErrorGraphType<NotPermittedError>("NotPermittedError", "The caller may not act on this object.");
