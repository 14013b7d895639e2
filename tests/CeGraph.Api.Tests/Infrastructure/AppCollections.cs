namespace CeGraph.Api.Tests.Infrastructure;

/// <summary>
/// One shared app (sample catalog, fixed clock) for the test classes that only read: schema, catalog and activity queries.
/// Classes in this collection must not write; they run one after another, so SQL command counts are not disturbed.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlyCatalog : ICollectionFixture<CeGraphTestApp>
{
    public const string Name = "Read-only sample catalog";
}

/// <summary>
/// One shared app (sample catalog, fixed clock) for test classes that write: mutations, authorization and bad-input tests.
/// They run one after another, so "the database did not change" checks (<see cref="CeGraphTestApp.FingerprintAsync"/>) are
/// not disturbed; each test uses its own codes so the order of tests does not matter.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WritableCatalog : ICollectionFixture<CeGraphTestApp>
{
    public const string Name = "Writable sample catalog";
}
