console.log("browser")
