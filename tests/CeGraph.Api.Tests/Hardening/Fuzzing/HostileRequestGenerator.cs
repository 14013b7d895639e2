using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CeGraph.Api.Tests.Hardening.Fuzzing;

/// <summary>
/// Generates hostile requests deterministically: request <c>i</c> depends only on the seed and <c>i</c>, so a failure is
/// reproduced by its index whatever the order the requests ran in. Kinds: mutated and random documents, deep nesting,
/// alias/fragment/directive bombs, hostile variables and arguments (also with an ADMIN key, to reach the mutation
/// handlers), malformed and huge JSON, wrong content types, invalid UTF-8, odd GETs and methods, broken raw HTTP.
/// </summary>
#pragma warning disable CA5394 // Random is the point here: a seeded, reproducible fuzzer, not security.
public sealed class HostileRequestGenerator(int seed, string adminKey)
{
    private static readonly string[] Corpus =
    [
        "{ disciplines { code name pathways outlines { kind version categories { code name children { code } } } } }",
        "{ activities(first: 5, where: { title: { contains: \"dose\" }, credits: { gte: 1 } }, order: [{ credits: DESC }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code title credits sponsor { code } } } } }",
        "query Q($c: String!) { activity(code: $c) { code title status distributions { discipline { code } lines { credits category { code parent { code } } } } } }",
        "{ discipline(code: \"CT\") { outline(kind: STRUCTURED_EDUCATION, asOf: \"2025-01-01\") { categories { code path { code } } } requirements { id rules { kind credits } } } }",
        "{ node(id: \"QWN0aXZpdHk6MQ==\") { id ... on Activity { code } } nodes(ids: [\"x\", \"y\"]) { id } }",
        "{ coverage(disciplineCode: \"CT\", kind: STRUCTURED_EDUCATION, activityCodes: [\"SAMPLE-0001\"]) { totalCredits activityCount categories { credits category { code } } } }",
        "mutation M($input: SubmitActivityInput!) { submitActivity(input: $input) { activity { id code credits } errors { code message path } } }",
        "mutation A($input: AssignCreditDistributionInput!) { assignCreditDistribution(input: $input) { distribution { id totalCredits } errors { code message } } }",
        "mutation E($input: EvaluateRequirementInput!) { evaluateRequirement(input: $input) { check { id fulfilled countedCredits rules { earned remaining } ignored { reason detail } } errors { code } } }",
        "mutation R($input: RejectActivityInput!) { rejectActivity(input: $input) { activity { status } errors { code } } }",
        "mutation P($input: IssueCqrPrescriptionInput!) { issueCqrPrescription(input: $input) { requirement { id } errors { code } } }",
        "mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id role } errors { code } } }",
        "{ fulfillmentCheck(id: \"RnVsZmlsbG1lbnRDaGVjazox\") { id fulfilled } requirement(id: \"UmVxdWlyZW1lbnQ6MQ==\") { name } }",
        "{ __type(name: \"Activity\") { name fields { name type { name kind ofType { name } } } } }",
        "query { __typename ... on Query { disciplines { code } } }",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "!", "@", "...", "=", "|", "&", ",", "\"", "\"\"\"", "#", "\n", " ",
        "query", "mutation", "subscription", "fragment", "on", "true", "false", "null", "__schema", "__type", "__typename",
        "activities", "activity", "disciplines", "discipline", "node", "nodes", "coverage", "requirement", "fulfillmentCheck",
        "submitActivity", "assignCreditDistribution", "evaluateRequirement", "first", "last", "after", "before", "where", "order",
        "input", "code", "id", "credits", "lines", "category", "parent", "children", "path", "edges", "nodes", "sponsor",
        "-1", "0", "2147483648", "1e400", "-0.0", "99999999999999999999999999999", "0x10", "\"\\u0000\"", "\"\\ud800\"",
        "@include(if: true)", "@skip(if: $v)", "@deprecated", "$v", "String!", "[Int]", "Int!", "ID", "\"\\\"", "\u00e9", "\u202e",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/graphql", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
        "application/json; charset=latin1", "application/json; charset=utf-16", "application/xml", "application/json; charset=\"",
        "*/*", ";;;", "application/jsonx", "APPLICATION/JSON", "application/graphql-response+json",
    ];

    private static readonly string[] Accepts =
    [
        "application/graphql-response+json", "application/json", "*/*", "text/html", "image/png", "application/json;q=0",
        "application/json; charset=latin1", ",,,;q=x", "text/event-stream", "multipart/mixed",
    ];

    private static readonly string[] Methods = ["PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "GRAPHQL"];

    /// <summary>The server's default body limit: bigger bodies are refused with 413, possibly before they are read.</summary>
    public const int MaxBodyBytes = 1_048_576;

    private readonly int seed = seed;

    public HostileRequest Create(int index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var pick = random.Next(100);
        return pick switch
        {
            < 14 => Post(index, "mutated-document", Mutate(random, Corpus[random.Next(Corpus.Length)]), random),
            < 22 => Post(index, "token-soup", Soup(random), random),
            < 30 => Post(index, "deep-nesting", DeepNesting(random), random),
            < 35 => Post(index, "alias-bomb", AliasBomb(random), random),
            < 41 => Post(index, "fragment-bomb", FragmentBomb(random), random),
            < 44 => Post(index, "directive-bomb", DirectiveBomb(random), random),
            < 50 => HostileVariables(index, random),
            < 56 => HostileArguments(index, random),
            < 66 => Json(index, "malformed-json", MalformedJson(random), "application/json", random),
            < 71 => Json(index, "wrong-content-type", Encoding.UTF8.GetBytes(Envelope(Corpus[random.Next(Corpus.Length)])), ContentTypes[random.Next(ContentTypes.Length)], random),
            < 77 => Json(index, "invalid-utf8", InvalidUtf8(random), "application/json", random),
            < 86 => Get(index, random),
            < 90 => OtherMethod(index, random),
            < 91 => Huge(index, random),
            < 95 => HostileHeaders(index, random),
            _ => RawHttp(index, random),
        };
    }

    private HostileRequest Post(int index, string kind, string query, Random random) =>
        Json(index, kind, Encoding.UTF8.GetBytes(Envelope(query)), "application/json", random);

    private HostileRequest Json(int index, string kind, byte[] body, string contentType, Random random)
    {
        var headers = new List<KeyValuePair<string, string>> { new("Accept", Accepts[random.Next(3)]) };
        if (random.Next(4) == 0)
        {
            headers.Add(new("Authorization", "Bearer " + adminKey));
        }

        return new HostileRequest(index, kind, "POST", "/graphql", body, contentType, headers);
    }

    private static string Envelope(string query) => JsonSerializer.Serialize(new { query });

    private static string Mutate(Random random, string document)
    {
        var text = new StringBuilder(document);
        for (var edits = 1 + random.Next(6); edits > 0 && text.Length > 0; edits--)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(text.Length - at, 1 + random.Next(12));
            switch (random.Next(6))
            {
                case 0:
                    text.Remove(at, length);
                    break;
                case 1:
                    text.Insert(at, text.ToString(at, length));
                    break;
                case 2:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 3:
                    text[at] = (char)random.Next(0x20, 0x7f);
                    break;
                case 4:
                    text.Length = at;
                    break;
                default:
                    text.Insert(at, (char)random.Next(0, 0xFFFF));
                    break;
            }
        }

        return text.ToString();
    }

    private static string Soup(Random random) =>
        string.Join(random.Next(2) == 0 ? " " : "", Enumerable.Range(0, 1 + random.Next(200)).Select(_ => Tokens[random.Next(Tokens.Length)]));

    private static string DeepNesting(Random random)
    {
        var depth = random.Next(4) switch { 0 => 16 + random.Next(20), 1 => 100 + random.Next(400), 2 => 1000 + random.Next(4000), _ => 50 + random.Next(100) };
        return random.Next(5) switch
        {
            0 => "{ " + string.Concat(Enumerable.Repeat("activities { nodes { ", depth / 2)) + "code" + new string('}', depth / 2 * 2) + " }",
            1 => "{ nodes(ids: " + new string('[', depth) + "\"x\"" + new string(']', depth) + ") { id } }",
            2 => "{ activities(where: " + string.Concat(Enumerable.Repeat("{ and: [", depth)) + "{ code: { eq: \"x\" } }" + string.Concat(Enumerable.Repeat("] }", depth)) + ") { nodes { code } } }",
            3 => "{ activities(first: 1) { nodes { distributions { lines { category { " + string.Concat(Enumerable.Repeat("parent { ", depth)) + "code" + new string('}', depth) + " } } } } } }",
            _ => new string('{', depth) + "__typename" + new string('}', random.Next(depth + 1)),
        };
    }

    private static string AliasBomb(Random random)
    {
        var count = random.Next(3) == 0 ? 10 + random.Next(40) : 100 + random.Next(2000);
        var field = random.Next(2) == 0 ? "activities(first: 100) { nodes { code distributions { lines { credits } } } }" : "__typename";
        return "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";
    }

    private static string FragmentBomb(Random random)
    {
        var levels = 5 + random.Next(60);
        var builder = new StringBuilder("query { ...F").Append(levels).Append(" }\n");
        builder.Append("fragment F0 on Query { disciplines { code outlines { categories { code } } } }\n");
        for (var i = 1; i <= levels; i++)
        {
            var spreads = 2 + random.Next(3);
            builder.Append("fragment F").Append(i).Append(" on Query { ");
            for (var s = 0; s < spreads; s++)
            {
                builder.Append("...F").Append(i - 1).Append(' ');
            }

            builder.Append("}\n");
        }

        if (random.Next(3) == 0)
        {
            builder.Append("fragment F0 on Query { ...F").Append(levels).Append(" }\n"); // a cycle and a duplicate name
        }

        return builder.ToString();
    }

    private static string DirectiveBomb(Random random)
    {
        var count = 10 + random.Next(3000);
        var directive = random.Next(3) switch { 0 => "@include(if: true)", 1 => "@skip(if: false)", _ => "@nope(x: 1)" };
        return "{ disciplines " + string.Join(' ', Enumerable.Repeat(directive, count)) + " { code } }";
    }

    private HostileRequest HostileVariables(int index, Random random)
    {
        var document = Corpus[6 + random.Next(6)];
        var variables = random.Next(8) switch
        {
            0 => "{\"input\":" + HostileValue(random, 0) + "}",
            1 => "{\"input\":{\"code\":" + HostileScalar(random) + ",\"title\":" + HostileScalar(random) + ",\"sponsorCode\":\"SAMPLE-NWIE\",\"credits\":" + HostileScalar(random) + ",\"ceCategory\":\"A\",\"approvedOn\":" + HostileScalar(random) + "}}",
            2 => "{\"input\":{\"activityCode\":\"SAMPLE-0001\",\"disciplineCode\":\"CT\",\"kind\":\"STRUCTURED_EDUCATION\",\"lines\":[" + string.Join(',', Enumerable.Range(0, random.Next(300)).Select(_ => "{\"categoryCode\":" + HostileScalar(random) + ",\"credits\":" + HostileScalar(random) + "}")) + "]}}",
            3 => "{\"input\":{\"requirementId\":" + HostileScalar(random) + ",\"completions\":[" + string.Join(',', Enumerable.Range(0, random.Next(1200)).Select(_ => "{\"activityCode\":" + HostileScalar(random) + ",\"completedOn\":" + HostileScalar(random) + "}")) + "],\"asOf\":" + HostileScalar(random) + "}}",
            4 => "{\"input\":{\"disciplineCode\":\"CT\",\"learnerRef\":" + HostileScalar(random) + ",\"issuedOn\":\"2025-01-01\",\"dueOn\":" + HostileScalar(random) + ",\"items\":[{\"categoryCode\":" + HostileScalar(random) + ",\"credits\":" + HostileScalar(random) + "}]}}",
            5 => "{\"input\":{\"name\":" + HostileScalar(random) + ",\"role\":" + HostileScalar(random) + ",\"sponsorCode\":" + HostileScalar(random) + "}}",
            6 => HostileValue(random, 0),
            _ => "{\"input\":" + new string('[', 40 + random.Next(100)) + "1" + new string(']', 40) + "}",
        };
        var body = "{\"query\":" + JsonSerializer.Serialize(document) + ",\"variables\":" + variables + "}";
        var headers = new List<KeyValuePair<string, string>> { new("Authorization", "Bearer " + adminKey) };
        var bytes = Encoding.UTF8.GetBytes(body);
        return new HostileRequest(index, "hostile-variables", "POST", "/graphql", bytes, "application/json", headers, MayDropConnection: bytes.Length > MaxBodyBytes);
    }

    /// <summary>Well-typed but hostile values, so the requests get past validation into the resolvers and mutation handlers.</summary>
    private HostileRequest HostileArguments(int index, Random random)
    {
        string Text() => random.Next(10) switch
        {
            0 => new string('x', random.Next(5000)),
            1 => "' OR 1=1 --",
            2 => "%_\\[",
            3 => "\u0000",
            4 => "\u202e\u0301\ud83d\ude00",
            5 => "SAMPLE-0001",
            6 => "",
            7 => "   ",
            8 => "CT",
            _ => "A",
        };
        string Credits() => random.Next(8) switch
        {
            0 => "0",
            1 => "-1",
            2 => "0.001",
            3 => "0.0000000000000000000000000001",
            4 => "79228162514264337593543950335",
            5 => "100000.25",
            6 => "1.25",
            _ => "0.25",
        };
        string Date() => random.Next(5) switch { 0 => "0001-01-01", 1 => "9999-12-31", 2 => "2024-02-29", 3 => "2025-01-15", _ => "1970-01-01" };
        string Id() => Convert.ToBase64String(Encoding.UTF8.GetBytes(random.Next(5) switch
        {
            0 => "Activity:-1",
            1 => "Requirement:2147483648",
            2 => "FulfillmentCheck:abc",
            3 => "Requirement:1",
            _ => Text(),
        }));
        var (document, variables) = random.Next(7) switch
        {
            0 => ("mutation($input: SubmitActivityInput!) { submitActivity(input: $input) { activity { id credits } errors { code } } }",
                (object)new { input = new { code = Text(), title = Text(), sponsorCode = random.Next(2) == 0 ? "SAMPLE-NWIE" : Text(), credits = Credits(), ceCategory = "A", approvedOn = Date(), expiresOn = Date() } }),
            1 => ("mutation($input: AssignCreditDistributionInput!) { assignCreditDistribution(input: $input) { distribution { id totalCredits } errors { code } } }",
                new { input = new { activityCode = random.Next(2) == 0 ? $"SAMPLE-{1 + random.Next(60):0000}" : Text(), disciplineCode = "CT", kind = "STRUCTURED_EDUCATION", lines = Enumerable.Range(0, random.Next(250)).Select(_ => new { categoryCode = Text(), credits = Credits() }).ToArray() } }),
            2 => ("mutation($input: EvaluateRequirementInput!) { evaluateRequirement(input: $input) { check { id fulfilled } errors { code } } }",
                new { input = new { requirementId = Id(), completions = Enumerable.Range(0, random.Next(1001)).Select(_ => new { activityCode = random.Next(3) == 0 ? Text() : $"SAMPLE-{1 + random.Next(300):0000}", completedOn = Date() }).ToArray(), asOf = Date() } }),
            3 => ("mutation($input: IssueCqrPrescriptionInput!) { issueCqrPrescription(input: $input) { requirement { id } errors { code } } }",
                new { input = new { disciplineCode = Text(), learnerRef = Text(), issuedOn = Date(), dueOn = Date(), items = Enumerable.Range(0, random.Next(60)).Select(_ => new { categoryCode = Text(), credits = Credits() }).ToArray() } }),
            4 => ("query($w: ActivityFilterInput, $a: String, $n: Int) { activities(first: $n, after: $a, where: $w, order: [{ title: DESC }]) { totalCount nodes { code } } }",
                new { w = new { title = new { contains = Text() }, credits = new { gte = Credits() }, code = new { @in = Enumerable.Range(0, random.Next(120)).Select(_ => Text()).ToArray() } }, a = random.Next(2) == 0 ? Id() : Text(), n = random.Next(-5, 120) }),
            5 => ("query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } fulfillmentCheck(id: $id) { id } requirement(id: $id) { id } }",
                new { id = Id(), ids = Enumerable.Range(0, random.Next(110)).Select(_ => Id()).ToArray() }),
            _ => ("query($c: String!, $codes: [String!]) { discipline(code: $c) { outline(kind: CQR_SSA, asOf: \"9999-12-31\") { category(code: $c) { code path { code } } } } coverage(disciplineCode: $c, kind: EXAMINATION, sponsorCode: $c, activityCodes: $codes) { totalCredits } }",
                new { c = Text(), codes = Enumerable.Range(0, random.Next(1001)).Select(_ => Text()).ToArray() }),
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query = document, variables });
        var headers = new List<KeyValuePair<string, string>> { new("Authorization", "Bearer " + adminKey) };
        return new HostileRequest(index, "hostile-arguments", "POST", "/graphql", body, "application/json", headers, MayDropConnection: body.Length > MaxBodyBytes);
    }

    private static string HostileScalar(Random random) => random.Next(24) switch
    {
        0 => "null",
        1 => "1e400",
        2 => "-1",
        3 => "0.001",
        4 => "79228162514264337593543950336",
        5 => "\"NaN\"",
        6 => "\"" + new string('x', random.Next(100_000)) + "\"",
        7 => "\"2025-02-30\"",
        8 => "\"99999-01-01\"",
        9 => "\"\\u0000\\ud800\"",
        10 => "true",
        11 => "[]",
        12 => "{}",
        13 => "\"  \"",
        14 => "\"SAMPLE-0001\"",
        15 => "\"QWN0aXZpdHk6OTk5OTk5OTk5OTk5\"",
        16 => "\"" + Convert.ToBase64String(Encoding.UTF8.GetBytes("Requirement:" + random.Next())) + "\"",
        17 => "\"1.25\"",
        18 => "2.5",
        19 => "\"-0.25\"",
        20 => "\"1e3\"",
        21 => "\"2025-01-01T00:00:00Z\"",
        22 => "\"" + (char)random.Next(0x80, 0xFFFF) + "\"",
        _ => random.Next(-5, 1_000_000).ToString(CultureInfo.InvariantCulture),
    };

    private static string HostileValue(Random random, int depth)
    {
        if (depth > 6 || random.Next(3) == 0)
        {
            return HostileScalar(random);
        }

        return random.Next(2) == 0
            ? "[" + string.Join(',', Enumerable.Range(0, random.Next(5)).Select(_ => HostileValue(random, depth + 1))) + "]"
            : "{" + string.Join(',', Enumerable.Range(0, random.Next(5)).Select(i => $"\"{Tokens[random.Next(Tokens.Length)].Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal)}{i}\":{HostileValue(random, depth + 1)}")) + "}";
    }

    private static byte[] MalformedJson(Random random)
    {
        var valid = Envelope(Corpus[random.Next(Corpus.Length)]);
        var text = random.Next(14) switch
        {
            0 => valid[..random.Next(valid.Length)],
            1 => "[" + valid + "," + valid + "]",
            2 => "null",
            3 => "\"{ __typename }\"",
            4 => "{\"query\": 42}",
            5 => "{\"query\": {\"a\": 1}}",
            6 => "{\"query\": \"{ __typename }\", \"variables\": [7]}",
            7 => "{\"query\": \"{ __typename }\", \"operationName\": 5, \"extensions\": \"x\"}",
            8 => valid + "}}}garbage",
            9 => new string('[', 5000) + new string(']', 5000),
            10 => "{\"query\": \"{ __typename }\", " + string.Concat(Enumerable.Repeat("\"a\":{", 500)) + "1" + new string('}', 501),
            11 => "{\"query\":\"{ __typename }\",\"query\":\"{ disciplines { code } }\"}",
            12 => "\uFEFF" + valid,
            _ => "{" + new string(' ', random.Next(10)) + "'query': '{ __typename }'}",
        };
        return Encoding.UTF8.GetBytes(text);
    }

    private static byte[] InvalidUtf8(Random random)
    {
        var before = Encoding.UTF8.GetBytes("{\"query\":\"{ activity(code: \\\"");
        var after = Encoding.UTF8.GetBytes("\\\") { code } }\"}");
        byte[][] bad = [[0xC3, 0x28], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80], [0x00]];
        var middle = Enumerable.Range(0, 1 + random.Next(4)).SelectMany(_ => bad[random.Next(bad.Length)]).ToArray();
        return random.Next(4) == 0 ? [.. middle, .. before, .. after] : [.. before, .. middle, .. after];
    }

    private static HostileRequest Get(int index, Random random)
    {
        var query = Uri.EscapeDataString(Mutate(random, Corpus[random.Next(Corpus.Length)]));
        var path = random.Next(10) switch
        {
            0 => "/graphql?query=" + query + "&query=" + query,
            1 => "/graphql?query=" + query + "&variables=" + Uri.EscapeDataString("{\"c\": [1,2," + new string('[', 100)),
            2 => "/graphql?query=%ZZ%FF%C3%28" + query,
            3 => "/graphql?documentId=" + Uri.EscapeDataString(Tokens[random.Next(Tokens.Length)]) + "&query=" + query,
            4 => "/graphql?query=" + query + "&extensions=" + Uri.EscapeDataString("[1]") + "&operationName=null",
            5 => "/graphql?sdl&query=" + query,
            6 => "/graphql?query=" + Uri.EscapeDataString("mutation { revokeApiKey(input: { id: \"1\" }) { errors { code } } }"),
            7 => "/graphql?query=" + new string('a', 2000 + random.Next(8000)),
            8 => "/graphql?documentId=sha256:" + new string('a', 64) + "&variables=%7B%7D",
            _ => "/graphql?query=" + query,
        };
        var headers = new List<KeyValuePair<string, string>> { new("Accept", Accepts[random.Next(Accepts.Length)]) };
        return new HostileRequest(index, "get", "GET", path, null, null, headers);
    }

    private static HostileRequest OtherMethod(int index, Random random)
    {
        string[] paths = ["/graphql", "/healthz", "/graphiql/index.html", "/", "/graphql/../healthz", "/%2e%2e/etc/passwd", "/graphiql/%00"];
        var body = random.Next(2) == 0 ? Encoding.UTF8.GetBytes(Envelope("{ __typename }")) : null;
        return new HostileRequest(index, "other-method", Methods[random.Next(Methods.Length)], paths[random.Next(paths.Length)], body, body is null ? null : "application/json", []);
    }

    private static HostileRequest Huge(int index, Random random)
    {
        var size = MaxBodyBytes + 1 + random.Next(1_000_000);
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('x', size) + "\"}}");
        return new HostileRequest(index, "huge-body", "POST", "/graphql", body, "application/json", [], MayDropConnection: true);
    }

    private HostileRequest HostileHeaders(int index, Random random)
    {
        string[] authorizations =
        [
            "Bearer", "Bearer ", "Bearer " + new string('k', 600), "Basic dXNlcjpwYXNz", "Bearer cgk_" + Guid.NewGuid(), "bearer " + adminKey,
            "Bearer " + adminKey + " extra", "Bearer %C3%A9", "Negotiate x",
        ];
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Authorization", authorizations[random.Next(authorizations.Length)]),
            new("Accept", Accepts[random.Next(Accepts.Length)]),
            new("X-Correlation-Id", random.Next(2) == 0 ? new string('c', random.Next(200)) : "ok-" + random.Next()),
        };
        return new HostileRequest(index, "hostile-headers", "POST", "/graphql", Encoding.UTF8.GetBytes(Envelope(Corpus[random.Next(4)])), "application/json", headers);
    }

    private static HostileRequest RawHttp(int index, Random random)
    {
        var body = Encoding.UTF8.GetBytes(Envelope("{ __typename }"));
        var text = random.Next(8) switch
        {
            0 => "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + (body.Length + 10) + "\r\nConnection: close\r\n\r\n",
            1 => "POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\nConnection: close\r\n\r\nZZZ\r\n",
            2 => "GET /graphql?query=\u00ff\u00fe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            3 => "GET /graph ql HTTP/1.1\r\nHost: x\r\n\r\n",
            4 => "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\nConnection: close\r\n\r\n",
            5 => "POST /graphql HTTP/1.1\r\nHost: x\r\nX-Bad\u00e9: \u00ff\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            6 => "HELLO\r\n\r\n",
            _ => "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + body.Length + "\r\nConnection: close\r\n\r\n",
        };
        var head = Encoding.Latin1.GetBytes(text);
        byte[] raw = random.Next(3) == 0 ? [.. head, .. body] : head;
        return new HostileRequest(index, "raw-http", "RAW", "", null, null, [], raw);
    }
}
#pragma warning restore CA5394
