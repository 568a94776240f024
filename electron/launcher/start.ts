console.log("launcher")
