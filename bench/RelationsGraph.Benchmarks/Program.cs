Console.Error.WriteLine("benchmarks: not yet implemented"); return 2;
