namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// A domain failure, returned in a mutation payload's <c>errors</c> (never thrown). <see cref="Path"/> points into the input,
/// e.g. <c>["input", "lines", "2", "credits"]</c>.
/// </summary>
public abstract record UserError(string Message, string Code, IReadOnlyList<string>? Path);

/// <summary>The input names something that does not exist (a sponsor, activity, discipline, category, requirement or key).</summary>
public sealed record UnknownReferenceError(string Message, string Code, IReadOnlyList<string>? Path) : UserError(Message, Code, Path);

/// <summary>A credit amount is not positive, not a multiple of the credit increment, or too large.</summary>
public sealed record InvalidCreditsError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "INVALID_CREDITS", Path);

/// <summary>Two dates are in the wrong order (e.g. expiry before approval, due before issue).</summary>
public sealed record InvalidDateRangeError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "INVALID_DATE_RANGE", Path);

/// <summary>A value is empty, too long, malformed, or given twice.</summary>
public sealed record InvalidValueError(string Message, string Code, IReadOnlyList<string>? Path) : UserError(Message, Code, Path);

/// <summary>An object with this code already exists.</summary>
public sealed record DuplicateCodeError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "DUPLICATE_CODE", Path);

/// <summary>A distribution's lines add up to more than the activity's credits.</summary>
public sealed record CreditsExceedActivityError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "CREDITS_EXCEED_ACTIVITY", Path);

/// <summary>The activity was rejected; it cannot be distributed.</summary>
public sealed record ActivityRejectedError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "ACTIVITY_REJECTED", Path);

/// <summary>The discipline has no outline of the requested kind in effect on the relevant date.</summary>
public sealed record NoOutlineInEffectError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "NO_OUTLINE_IN_EFFECT", Path);

/// <summary>Someone else changed the object at the same moment; nothing was changed, read it again and retry.</summary>
public sealed record ConcurrentUpdateError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "CONCURRENT_UPDATE", Path);

/// <summary>A list in the input is longer than allowed.</summary>
public sealed record TooManyItemsError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "TOO_MANY_ITEMS", Path);

/// <summary>The caller may not act on this object (e.g. a SPONSOR key submitting for another sponsor).</summary>
public sealed record NotPermittedError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "NOT_PERMITTED", Path);
