// The package as users import it: `import * as nd from "ndwasm"`, no init() call.
import * as nd from "ndwasm";
const A = nd.array([[1, 2], [3, 4]]);
console.log(JSON.stringify({ repr: String(A.add(nd.array([3, 5]))), exports: Object.keys(nd).sort() }));
