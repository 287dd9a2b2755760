Console.Error.WriteLine("TCK runner: not yet implemented"); return 2;
