console.warn('limber bg');
