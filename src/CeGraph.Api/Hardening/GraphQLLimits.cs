namespace CeGraph.Api.Hardening;

/// <summary>
/// The <c>GraphQL</c> configuration section: how much one request may ask of the server, and what the errors reveal.
/// Every limit has a safe default; <c>docs/hardening.md</c> lists them with their setting names.
/// </summary>
public sealed class GraphQLLimits
{
    public const string SectionName = "GraphQL";

    /// <summary>Deepest selection-set nesting, counted in fields (fragments included). <c>GraphQL:MaxDepth</c>.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Largest estimated cost of one operation (fields × the list sizes above them; connections count <c>first</c>/<c>last</c>).
    /// <c>GraphQL:MaxComplexity</c>.
    /// </summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>Items assumed for a list field without <c>first</c>/<c>last</c> (the default page size). <c>GraphQL:DefaultListSize</c>.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>
    /// Most field selections in one operation once its fragments are expanded (checked in linear time before validation;
    /// stops fragment bombs). <c>GraphQL:MaxFields</c>.
    /// </summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Most aliased fields in one document. <c>GraphQL:MaxAliases</c>.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most fields at the top of the executed operation (fragments expanded). <c>GraphQL:MaxRootFields</c>.</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Longest query text in characters, checked before parsing. <c>GraphQL:MaxDocumentLength</c>.</summary>
    public int MaxDocumentLength { get; set; } = 20_000;

    /// <summary>Largest request body in bytes; more gets 413 before it is read. <c>GraphQL:MaxRequestBodyBytes</c>.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>
    /// Longest list in any argument or variable, at any nesting: a backstop above every field's own cap (ids 100, filter
    /// <c>in</c> 100, distribution lines 200, completions and activity codes 1000), which answer with typed errors.
    /// <c>GraphQL:MaxListItems</c>.
    /// </summary>
    public int MaxListItems { get; set; } = 10_000;

    /// <summary>Longest execution of one operation in seconds; then the result is a TIMEOUT error (504). <c>GraphQL:ExecutionTimeoutSeconds</c>.</summary>
    public double ExecutionTimeoutSeconds { get; set; } = 30;

    /// <summary><c>__schema</c> and <c>__type</c> are answered. <c>GraphQL:EnableIntrospection</c>.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// Unexpected errors carry the exception's message and stack trace (for a developer's machine only).
    /// <c>GraphQL:ExposeExceptionDetails</c>.
    /// </summary>
    public bool ExposeExceptionDetails { get; set; }

    /// <summary>PARTNER keys may run persisted operations only. <c>GraphQL:TrustedDocumentsOnlyForPartners</c>.</summary>
    public bool TrustedDocumentsOnlyForPartners { get; set; }

    /// <summary>Folder of the persisted operations (<c>*.graphql</c>); default <c>PersistedOperations</c> beside the application. <c>GraphQL:PersistedOperationsPath</c>.</summary>
    public string? PersistedOperationsPath { get; set; }

    /// <summary>Apollo's automatic persisted queries are served. <c>GraphQL:AutomaticPersistedQueries</c>.</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>
    /// Characters of query text the automatic-persisted-query store keeps in this node's memory (least recently used
    /// out first). <c>GraphQL:AutomaticPersistedQueriesMaxCharacters</c>.
    /// </summary>
    public long AutomaticPersistedQueriesMaxCharacters { get; set; } = 4_000_000;

    public TimeSpan ExecutionTimeout => TimeSpan.FromSeconds(ExecutionTimeoutSeconds);
}
