namespace CeGraph.Api.WriteRules;

/// <summary>
/// Why a value breaks a write rule: the code (<c>INVALID_CODE</c>, <c>INVALID_TEXT</c>, <c>INVALID_CHARACTER</c>,
/// <c>INVALID_CREDITS</c>, <c>INVALID_DATE_RANGE</c>, <c>TOO_MANY_ITEMS</c>) and a message naming the field. GraphQL turns it
/// into a typed payload error at the input's path; import prints the message as the line's rejection reason.
/// </summary>
public sealed record WriteRuleViolation(string Code, string Message);
