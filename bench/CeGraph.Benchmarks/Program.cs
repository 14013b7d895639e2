using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/CeGraph.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
