// Inputs shaped like the attacks that once hurt: deep nesting, huge literals and values, long chains.
RETURN ({a:({a:({a:({a:({a:({a:({a:({a:1})})})})})})})})
RETURN [({a:[({a:[({a:[({a:1})]})]})]})]
RETURN [(n {a: [(n {a: 1})-->(m) | 1]})-->(m) | 1]
RETURN EXISTS { (n {a: EXISTS { (n {a: 1}) }}) }
RETURN ((((((((((1))))))))))
RETURN [[[[[[[[[[1]]]]]]]]]]
RETURN {a:{a:{a:{a:{a:{a:{a:{a:{a:{a:1}}}}}}}}}}
RETURN NOT NOT NOT NOT NOT NOT NOT NOT true
RETURN - - - - - - - - 1
RETURN 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffff
RETURN 99999999999999999999999999999999999999999999999999999999999
RETURN 1.99999999999999999999999999999999999999999999999999999999
RETURN 1e99999
RETURN range(0, 100000000)
RETURN range(0, 30000000)
RETURN size([x IN range(0, 100000000) | x])
RETURN reverse(range(0, 1000000000))
RETURN reduce(s = 'x', x IN range(1, 64) | s + s)
RETURN reduce(l = [1], x IN range(1, 64) | l + l)
RETURN reduce(l = [], x IN range(1, 5000) | [l])
RETURN reduce(m = {}, x IN range(1, 5000) | {a: m})
RETURN reduce(l = [1], x IN range(1, 40) | [l, l])
UNWIND range(1, 100000000) AS x RETURN collect(x)
UNWIND range(1, 100000000) AS x RETURN x ORDER BY x DESC LIMIT 1
UNWIND range(1, 100000000) AS x RETURN DISTINCT x % 7
UNWIND range(1, 100000000) AS x WITH x, [y IN range(1, 1000) | y] AS ys RETURN count(*)
UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b UNWIND range(1, 1000) AS c RETURN count(*)
MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*)
MATCH p = (a)-[*]-(b) RETURN count(p)
MATCH p = (a)-[*0..50]-(b) RETURN count(p)
RETURN replace(replace(replace('aaaaaaaaaa', 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa')
RETURN split(reduce(s = 'a', x IN range(1, 25) | s + s), '')
RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a+)+$'
RETURN [x IN range(1, 1000000) | toString(x)]
RETURN 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1
WITH 1 AS x0 WITH *, 1 AS x1 WITH *, 1 AS x2 WITH *, 1 AS x3 WITH *, 1 AS x4 WITH *, 1 AS x5 RETURN x5
WITH 1 AS x WITH x WITH x WITH x WITH x WITH x WITH x WITH x WITH x WITH x WITH x RETURN x
RETURN duration('PT99999999999999999999S')
RETURN duration('P99999999999999999999D')
RETURN datetime({epochSeconds: 9223372036854775807, nanosecond: 999999999})
RETURN date('+999999999-12-31') + duration('P1D')
RETURN toInteger(9.3e18), toInteger(-9.3e18), toInteger('99999999999999999999')
RETURN abs(-9223372036854775808), -(-9223372036854775808), 9223372036854775807 + 1
RETURN round(9.3e18), ceil(1e300), floor(-1e300)
RETURN substring('abc', 9223372036854775807, 9223372036854775807)
RETURN left('abc', -9223372036854775808)
RETURN [1, 2, 3][9223372036854775807], [1, 2, 3][-9223372036854775808..9223372036854775807]
RETURN range(9223372036854775807, 9223372036854775807), range(-9223372036854775808, -9223372036854775807)
RETURN percentileCont(1, 2), percentileDisc(1, -1)
WITH reduce(l = [], x IN range(1, 100000) | [l]) AS s RETURN s = s
WITH reduce(m = {}, x IN range(1, 100000) | {a: m}) AS s RETURN s < s, s IN [s]
UNWIND [1, 2] AS y WITH y, reduce(l = [y], x IN range(1, 100000) | [l]) AS s RETURN DISTINCT s ORDER BY s
